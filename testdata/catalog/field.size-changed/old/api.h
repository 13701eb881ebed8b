/* Fixture: before; a record that embeds another. */
#include <stdint.h>

struct xen_cpu_topo {
    uint32_t core;
    uint32_t socket;
};

struct xen_cpu_info {
    uint32_t cpu;
    uint32_t flags;
    struct xen_cpu_topo topo;
};
