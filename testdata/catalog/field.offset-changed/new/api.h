/* Fixture: after; the two fields swapped places, the size is unchanged. */
#include <stdint.h>

struct xen_evtchn_pair {
    uint32_t remote_port;
    uint32_t local_port;
};
