/* Fixture: a header that refuses guests, as Xen's domctl.h does. */
#ifndef FIXTURE_TOOLS_ONLY_H
#define FIXTURE_TOOLS_ONLY_H

#if !defined(__XEN__) && !defined(__XEN_TOOLS__)
#error "tools_only.h is for the toolstack only"
#endif

#include "xen.h"

#define TOOLS_ONLY_VERSION 0x00000012

struct tools_only_op {
    uint32_t cmd;
    uint32_t interface_version; /* TOOLS_ONLY_VERSION */
};

#endif
