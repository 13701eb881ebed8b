/* Fixture: after; the padding is given a name and a meaning. */
#include <stdint.h>

struct xen_vcpu_op {
    uint32_t vcpu;
    uint16_t op;
    uint16_t flags;
};
