/* Fixture: after; the delta became unsigned, same size and place. */
#include <stdint.h>

struct xen_time_adjust {
    uint64_t when;
    uint32_t delta;
    uint32_t flags;
};
