/* Fixture: after; from API 2 on the single-page call is withdrawn. */
#include <stdint.h>

#if API_VERSION < 2
int xen_map_page(uint64_t gfn);
#endif
#if API_VERSION >= 2
int xen_map_pages(uint64_t gfn, unsigned int nr);
#endif
