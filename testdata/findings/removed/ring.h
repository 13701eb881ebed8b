/* Fixture: a page a frontend and a backend share, as Xen's io/console.h. */
#ifndef FIXTURE_RING_H
#define FIXTURE_RING_H

#include "xen.h"

struct xencons_interface {
    char in[1024];
    char out[2048];
    uint32_t in_cons, in_prod;
    uint32_t out_cons, out_prod;
};

#endif
