/* Fixture: after; the last field is dropped and the record shrinks. */
#include <stdint.h>

struct xen_irq_status {
    uint32_t irq;
};
