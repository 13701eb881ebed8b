/* Fixture: a guest-visible operation. */
#ifndef FIXTURE_MEMORY_H
#define FIXTURE_MEMORY_H

#include "xen.h"

#define XENMEM_exchange_pages 11

struct xen_memory_op_args {
    domid_t  domid;
    uint16_t flags;
    uint32_t nr_pages;
};

#endif
