/* Fixture: x86 definitions. */
#ifndef FIXTURE_ARCH_X86_XEN_H
#define FIXTURE_ARCH_X86_XEN_H

typedef unsigned long xen_ulong_t;
#define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))

#endif
