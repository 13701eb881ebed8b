/* Fixture: the core header. */
#ifndef FIXTURE_XEN_H
#define FIXTURE_XEN_H

#include "xen-compat.h"

#if defined(__i386__) || defined(__x86_64__)
#include "arch-x86/xen.h"
#else
#error "only x86 in this fixture"
#endif

#endif
