/* Fixture: an interface only the toolstack sees, with no version macro. */
#ifndef FIXTURE_TOOLS_H
#define FIXTURE_TOOLS_H

#include "xen.h"

#if defined(__XEN__) || defined(__XEN_TOOLS__)
struct xen_tools_op {
    uint32_t cmd;
};
#endif

#endif
