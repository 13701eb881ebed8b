/* Fixture: after; a new field fills part of the tail padding. */
#include <stdint.h>

struct xen_irq_bind {
    uint32_t irq;
    uint8_t  vector;
    uint8_t  trigger;
};
