/* Fixture: a header that stays byte for byte the same in every scenario. */
#ifndef FIXTURE_NAMES_H
#define FIXTURE_NAMES_H

#include "xen.h"
#include "length.h"

struct xen_name {
    char name[XEN_NAME_LEN];
};

#endif
