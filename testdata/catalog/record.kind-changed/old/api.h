/* Fixture: before; a one-member argument structure. */
#include <stdint.h>

struct xen_evtchn_arg {
    uint32_t port;
};
