/* Fixture: a public header of an installed Xen (usr/include/xen). */
#ifndef FIXTURE_XEN_H
#define FIXTURE_XEN_H
#include "xen-compat.h"
typedef uint16_t domid_t;
#define set_xen_guest_handle(hnd, val) ((hnd).p = (val))
#if defined(__XEN_TOOLS__)
struct xen_tools_only {
    domid_t domid;
};
#endif
#endif
