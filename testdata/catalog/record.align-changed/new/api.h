/* Fixture: after; same fields, now aligned like a uint64_t. */
#include <stdint.h>

struct xen_counter {
    uint32_t lo;
    uint32_t hi;
} __attribute__((aligned(8)));
