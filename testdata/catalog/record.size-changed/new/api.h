/* Fixture: after; the payload array grew, so the record did too. */
#include <stdint.h>

struct xen_trace_rec {
    uint32_t event;
    uint32_t cpu;
    uint64_t data[15];
};
