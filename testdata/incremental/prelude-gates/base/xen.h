/* Fixture: a prelude with conditions on the interface version. */
#ifndef FIXTURE_XEN_H
#define FIXTURE_XEN_H

#include "xen-compat.h"

typedef uint16_t domid_t;
#define DOMID_SELF 0x7FF0U

/* Handles changed shape at 0x00030201, as Xen's did. */
#if __XEN_INTERFACE_VERSION__ >= 0x00030201
#define DEFINE_HANDLE(name, type) typedef struct { type *p; } handle_##name
#else
#define DEFINE_HANDLE(name, type) typedef type *handle_##name
#endif

/* A limit raised at 0x00040400. */
#if __XEN_INTERFACE_VERSION__ >= 0x00040400
#define MAX_VCPUS 128
#else
#define MAX_VCPUS 32
#endif

/* An attribute with no value to show, which a condition on the version
 * encloses. */
#if __XEN_INTERFACE_VERSION__ >= 0x00040400
#define PACKED_ATTR __attribute__((packed))
#else
#define PACKED_ATTR
#endif

#endif
