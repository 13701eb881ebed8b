/* Fixture: before; a signed delta. */
#include <stdint.h>

struct xen_time_adjust {
    uint64_t when;
    int32_t  delta;
    uint32_t flags;
};
