/* Fixture: ppc64 definitions. */
#ifndef FIXTURE_ARCH_PPC_H
#define FIXTURE_ARCH_PPC_H

typedef uint64_t xen_ulong_t;

#endif
