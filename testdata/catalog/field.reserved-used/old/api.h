/* Fixture: before; a request with explicit padding. */
#include <stdint.h>

struct xen_vcpu_op {
    uint32_t vcpu;
    uint16_t op;
    uint16_t pad;
};
