/* Fixture: x86 definitions. */
#ifndef FIXTURE_ARCH_X86_XEN_H
#define FIXTURE_ARCH_X86_XEN_H

typedef unsigned long xen_ulong_t;

#endif
