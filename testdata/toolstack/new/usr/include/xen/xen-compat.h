/* Fixture: picks the interface version, as a Xen root does. */
#ifndef FIXTURE_XEN_COMPAT_H
#define FIXTURE_XEN_COMPAT_H

#define __XEN_LATEST_INTERFACE_VERSION__ 0x00040700

#if defined(__XEN__) || defined(__XEN_TOOLS__)
/* The hypervisor and the tools always use the newest interface. */
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#elif !defined(__XEN_INTERFACE_VERSION__)
/* A guest that names no version gets the oldest one. */
#define __XEN_INTERFACE_VERSION__ 0x00000000
#endif

#endif
