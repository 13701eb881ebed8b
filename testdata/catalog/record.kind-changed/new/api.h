/* Fixture: after; the same member, now in a union. */
#include <stdint.h>

union xen_evtchn_arg {
    uint32_t port;
};
