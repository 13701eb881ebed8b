/* Fixture: after; the same structure is now for the tools only. */
#ifndef FIXTURE_MEMORY_H
#define FIXTURE_MEMORY_H

#include "xen.h"

#if defined(__XEN__) || defined(__XEN_TOOLS__)
struct xen_pod_target {
    uint64_t target_pages;
    uint64_t tot_pages;
    domid_t  domid;
};
#endif

#endif
