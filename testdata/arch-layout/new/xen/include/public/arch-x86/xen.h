/* Fixture: x86 records a 32-bit guest shares with a 64-bit hypervisor. */
#ifndef FIXTURE_ARCH_X86_XEN_H
#define FIXTURE_ARCH_X86_XEN_H

/* Grows by a 32-bit field: 20 bytes on x86_32, padded to 24 on x86_64.
 * The layouts part ways: record.arch-divergence. */
struct xen_timer_state {
    uint64_t deadline;
    uint32_t divisor;
    uint32_t flags;
    uint32_t vector;
};

/* Gains a uint64_t: aligned apart now, but laid out alike (16 bytes, the
 * same offsets): no record.arch-divergence. */
struct xen_ring_entry {
    uint32_t id;
    uint32_t op;
    uint64_t cookie;
};

/* Laid out apart already (an unsigned long), and xlat.lst says the
 * compat layer checks it is not ('?'). */
struct xen_vcpu_clock {
    uint32_t version;
    unsigned long system_time;
    uint32_t flags;
};

/* Laid out apart on purpose (an unsigned long); rules files may still
 * require it not to be (arch-invariant.rules). */
struct xen_vcpu_regs {
    unsigned long ip;
    unsigned long sp;
};

#endif
