/* Fixture: interface-version selection, modelled on Xen's xen-compat.h. */
#ifndef FIXTURE_XEN_COMPAT_H
#define FIXTURE_XEN_COMPAT_H

#define __XEN_LATEST_INTERFACE_VERSION__ 0x00040700

#if defined(__XEN__) || defined(__XEN_TOOLS__)
/* Xen and the tools are built against the newest interface. */
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#elif !defined(__XEN_INTERFACE_VERSION__)
/* A guest that names no version gets the oldest interface. */
#define __XEN_INTERFACE_VERSION__ 0x00000000
#endif

#if __XEN_INTERFACE_VERSION__ > __XEN_LATEST_INTERFACE_VERSION__
#error "interface version newer than these headers"
#endif

#endif
