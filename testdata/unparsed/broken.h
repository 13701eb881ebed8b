/* Fixture: a header with a syntax error on its line 7. */
#ifndef FIXTURE_BROKEN_H
#define FIXTURE_BROKEN_H

#include "xen.h"

struct broken {
    uint32_t a
    uint32_t b;
};

#define BROKEN_FLAG 1

#endif
