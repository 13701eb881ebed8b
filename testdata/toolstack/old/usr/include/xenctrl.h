/* Fixture: a toolstack header beside the public ones, as libxen-dev
 * installs it: it needs the C library and includes <xen/xen.h>. */
#ifndef FIXTURE_XENCTRL_H
#define FIXTURE_XENCTRL_H
#define __XEN_TOOLS__ 1
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <xen/xen.h>

typedef struct xc_interface_core xc_interface;

/* The public headers define it too: theirs is what is compared. */
#undef set_xen_guest_handle
#define set_xen_guest_handle(hnd, val) do { (hnd).p = (val); } while (0)

xc_interface *xc_interface_open(FILE *logger, unsigned int open_flags);
int xc_domain_pause(xc_interface *xch, uint32_t domid);
#endif
