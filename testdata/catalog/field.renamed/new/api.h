/* Fixture: after; one field has a new name at the same offset and type. */
#include <stdint.h>

struct xen_map_req {
    uint64_t gfn;
    uint32_t nr_frames;
    uint32_t flags;
};
