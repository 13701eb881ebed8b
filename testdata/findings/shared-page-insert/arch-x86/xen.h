/* Fixture: x86 types shared by 32- and 64-bit guests. */
#ifndef FIXTURE_ARCH_X86_XEN_H
#define FIXTURE_ARCH_X86_XEN_H

typedef unsigned long xen_ulong_t;

/* Laid out alike on x86_32 and x86_64: the compat layer relies on it. */
struct xen_cpu_info {
    uint32_t apic_id;
    uint32_t flags;
    uint32_t features;
};

/* Spelled alike on x86_32 and x86_64; arch-diverge/ spells it apart. */
struct xen_tsc_stamp {
    unsigned long long tsc __attribute__((aligned(8)));
};

#endif
