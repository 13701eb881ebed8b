/* Fixture: before; a request with three bytes of tail padding. */
#include <stdint.h>

struct xen_irq_bind {
    uint32_t irq;
    uint8_t  vector;
};
