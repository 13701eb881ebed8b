/* Fixture: after; a second request structure. */
#include <stdint.h>

struct xen_vcpu_info_req {
    uint32_t vcpu;
    uint32_t flags;
};

struct xen_vcpu_time_req {
    uint32_t vcpu;
    uint32_t pad;
    uint64_t system_time;
};
