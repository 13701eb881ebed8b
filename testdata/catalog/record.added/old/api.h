/* Fixture: before; one request structure. */
#include <stdint.h>

struct xen_vcpu_info_req {
    uint32_t vcpu;
    uint32_t flags;
};
