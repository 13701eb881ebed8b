/* Fixture: ppc64 definitions, a port whose guest side is unfinished. */
#ifndef FIXTURE_ARCH_PPC_H
#define FIXTURE_ARCH_PPC_H

typedef uint64_t xen_ulong_t;
/* Defined for the toolstack only: guests cannot compile xen.h here. */
#if defined(__XEN_TOOLS__)
#define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))
#endif

#endif
