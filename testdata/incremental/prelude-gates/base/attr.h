/* Fixture: reads PACKED_ATTR, which has no fact to say where it changes. */
#ifndef FIXTURE_ATTR_H
#define FIXTURE_ATTR_H

#include "xen.h"

struct attr_rec {
    uint8_t kind;
    uint32_t value;
} PACKED_ATTR;

#endif
