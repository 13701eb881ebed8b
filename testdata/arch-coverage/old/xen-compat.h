/* Fixture: interface-version selection, modelled on Xen's xen-compat.h. */
#ifndef FIXTURE_XEN_COMPAT_H
#define FIXTURE_XEN_COMPAT_H

#define __XEN_LATEST_INTERFACE_VERSION__ 0x00041200

#if defined(__XEN__) || defined(__XEN_TOOLS__)
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#elif !defined(__XEN_INTERFACE_VERSION__)
#define __XEN_INTERFACE_VERSION__ 0x00000000
#endif

#endif
