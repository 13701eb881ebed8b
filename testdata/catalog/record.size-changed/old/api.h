/* Fixture: before; a 64-byte event log entry. */
#include <stdint.h>

struct xen_trace_rec {
    uint32_t event;
    uint32_t cpu;
    uint64_t data[7];
};
