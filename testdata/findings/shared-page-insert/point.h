/* Fixture: records built from records, and the handle type a macro makes. */
#ifndef FIXTURE_POINT_H
#define FIXTURE_POINT_H

#include "xen.h"

/* As Xen's DEFINE_XEN_GUEST_HANDLE: a record that points at the type. */
#define DEFINE_HANDLE(name) typedef struct { name *p; } __guest_handle_ ## name

struct xen_point {
    uint32_t x, y;
};
typedef struct xen_point xen_point_t;
DEFINE_HANDLE(xen_point_t);

/* Embeds xen_point twice. */
struct xen_line {
    struct xen_point from, to;
};

/* As Xen's HVM save records: the record, then a code. */
struct save_line {
    struct xen_line t;
    char code[2];
};

#endif
