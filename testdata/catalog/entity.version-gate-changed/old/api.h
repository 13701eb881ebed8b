/* Fixture: before; API 2 added a batch call, a single-page call is always there. */
#include <stdint.h>

int xen_map_page(uint64_t gfn);
#if API_VERSION >= 2
int xen_map_pages(uint64_t gfn, unsigned int nr);
#endif
