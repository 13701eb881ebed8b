/* Fixture: after; the embedded record grew, so the field holding it did. */
#include <stdint.h>

struct xen_cpu_topo {
    uint32_t core;
    uint32_t socket;
    uint32_t node;
};

struct xen_cpu_info {
    uint32_t cpu;
    uint32_t flags;
    struct xen_cpu_topo topo;
};
