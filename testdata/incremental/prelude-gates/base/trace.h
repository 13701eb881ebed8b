/* Fixture: reads nothing of the prelude that changes with the version. */
#ifndef FIXTURE_TRACE_H
#define FIXTURE_TRACE_H

#include "xen.h"

#define TRC_SHIFT 4

struct trc_rec {
    domid_t domid;
    uint32_t event;
};

#endif
