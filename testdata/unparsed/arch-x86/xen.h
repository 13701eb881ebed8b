/* Fixture: x86 types; the 32- and 64-bit layouts differ. */
#ifndef FIXTURE_ARCH_X86_XEN_H
#define FIXTURE_ARCH_X86_XEN_H

#if defined(__i386__)
#include "xen-x86_32.h"
#else
#include "xen-x86_64.h"
#endif

typedef unsigned long xen_pfn_t;
typedef unsigned long xen_ulong_t;

/* Per-vcpu state the guest shares with the hypervisor. */
struct arch_vcpu_info {
    unsigned long cr2;   /* faulting address of the last page fault */
    unsigned long pad;
};

#endif
