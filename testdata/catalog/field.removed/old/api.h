/* Fixture: before; a request with two fields. */
#include <stdint.h>

struct xen_irq_status {
    uint32_t irq;
    uint32_t flags;
};
