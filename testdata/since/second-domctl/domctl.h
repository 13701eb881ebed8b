/* Fixture: a tools-only interface with its own version, like domctl.h. */
#ifndef FIXTURE_DOMCTL_H
#define FIXTURE_DOMCTL_H

#if !defined(__XEN__) && !defined(__XEN_TOOLS__)
#error "domctl operations are for the toolstack only"
#endif

#include "xen.h"

#define XEN_DOMCTL_INTERFACE_VERSION 0x00000016

#define XEN_DOMCTL_getdomaininfo 5

struct xen_domctl_getdomaininfo {
    domid_t  domain;
    uint16_t pad;
    uint32_t flags;
    uint64_t tot_pages;
    uint64_t max_pages;   /* new: the struct grows */
    uint64_t shr_pages;   /* new in the patch, after the cycle's bump */
};

#endif
