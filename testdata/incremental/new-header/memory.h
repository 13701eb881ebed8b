/* Fixture: a header the patch adds; it compares against no interface
 * version, so one parse per arch and audience covers every version. */
#ifndef FIXTURE_MEMORY_H
#define FIXTURE_MEMORY_H

#include "xen.h"

#define XENMEM_increase_reservation 0

struct xen_memory_reservation {
    uint64_t nr_extents;
    uint32_t extent_order;
    domid_t  domid;
};

#endif
