/* Fixture: ppc64 definitions. */
#ifndef FIXTURE_ARCH_PPC_H
#define FIXTURE_ARCH_PPC_H

typedef uint64_t xen_ulong_t;
/* Now for guests too. */
#define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))

#endif
