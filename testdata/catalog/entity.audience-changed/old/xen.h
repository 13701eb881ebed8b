/* Fixture: the core header every other one includes. */
#ifndef FIXTURE_XEN_H
#define FIXTURE_XEN_H

#include "xen-compat.h"

typedef uint16_t domid_t;

#endif
