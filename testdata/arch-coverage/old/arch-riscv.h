/* Fixture: riscv64 definitions. */
#ifndef FIXTURE_ARCH_RISCV_H
#define FIXTURE_ARCH_RISCV_H

typedef uint64_t xen_ulong_t;
#define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))

struct xen_arch_domainconfig {
    uint32_t nr_irqs;
};

#endif
