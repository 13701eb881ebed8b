/* Fixture: a record with its typedef and handle type. */
#ifndef FIXTURE_RECT_H
#define FIXTURE_RECT_H

#include "point.h"

struct xen_rect {
    uint32_t w, h;
};
typedef struct xen_rect xen_rect_t;
DEFINE_HANDLE(xen_rect_t);

#endif
