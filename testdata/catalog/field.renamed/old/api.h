/* Fixture: before; a mapping request. */
#include <stdint.h>

struct xen_map_req {
    uint64_t gfn;
    uint32_t nr;
    uint32_t flags;
};
