/* Fixture: before; a 64-bit counter kept as two 32-bit halves. */
#include <stdint.h>

struct xen_counter {
    uint32_t lo;
    uint32_t hi;
};
