/* Fixture: after; the second structure is gone. */
#include <stdint.h>

struct xen_vcpu_info_req {
    uint32_t vcpu;
    uint32_t flags;
};
