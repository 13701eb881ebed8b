/* Fixture: before; two ports in one order. */
#include <stdint.h>

struct xen_evtchn_pair {
    uint32_t local_port;
    uint32_t remote_port;
};
