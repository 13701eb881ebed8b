/* Fixture: before; a populate-on-demand target any consumer can read. */
#ifndef FIXTURE_MEMORY_H
#define FIXTURE_MEMORY_H

#include "xen.h"

struct xen_pod_target {
    uint64_t target_pages;
    uint64_t tot_pages;
    domid_t  domid;
};

#endif
