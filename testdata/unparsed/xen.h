/* Fixture: the core header every other one includes. */
#ifndef FIXTURE_XEN_H
#define FIXTURE_XEN_H

#include "xen-compat.h"

#if defined(__i386__) || defined(__x86_64__)
#include "arch-x86/xen.h"
#elif defined(__arm__) || defined(__aarch64__)
#include "arch-arm.h"
#else
#error "unsupported architecture"
#endif

typedef uint16_t domid_t;

#define DOMID_SELF 0x7FF0U /* the calling domain */

#endif
