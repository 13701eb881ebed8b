/* Fixture: x86 types shared by 32- and 64-bit guests. */
#ifndef FIXTURE_ARCH_X86_XEN_H
#define FIXTURE_ARCH_X86_XEN_H

typedef unsigned long xen_ulong_t;

/* Laid out alike on x86_32 and x86_64: the compat layer relies on it. */
struct xen_cpu_info {
    uint32_t apic_id;
    uint32_t flags;
    unsigned long features;
};

/* Now spelled apart (uint64_t is unsigned long long on x86_32, unsigned
 * long on x86_64) but still laid out alike: no record.arch-divergence. */
struct xen_tsc_stamp {
    uint64_t tsc __attribute__((aligned(8)));
};

#endif
