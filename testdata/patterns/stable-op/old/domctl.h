/* Fixture: a tools-only interface with its own version and a stable op. */
#ifndef FIXTURE_DOMCTL_H
#define FIXTURE_DOMCTL_H

#if !defined(__XEN__) && !defined(__XEN_TOOLS__)
#error "domctl operations are for the toolstack only"
#endif

#include "xen.h"

/* Stable ops are NOT covered by XEN_DOMCTL_INTERFACE_VERSION! */
#define XEN_DOMCTL_INTERFACE_VERSION 0x00000015

#define XEN_DOMCTL_getdomaininfo 5
#define XEN_DOMCTL_peek_state    6 /* stable interface */

struct xen_domctl_getdomaininfo {
    domid_t  domain;
    uint16_t pad;
    uint32_t flags;
    uint64_t tot_pages;
};

/* XEN_DOMCTL_peek_state (stable interface) */
struct xen_domctl_peek_state {
    uint16_t state;
#define XEN_DOMCTL_PEEK_RUNNING 1
#define XEN_DOMCTL_PEEK_DYING   2
    uint16_t pad;
};

#endif
