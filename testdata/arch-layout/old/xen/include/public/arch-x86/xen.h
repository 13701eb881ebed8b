/* Fixture: x86 records a 32-bit guest shares with a 64-bit hypervisor. */
#ifndef FIXTURE_ARCH_X86_XEN_H
#define FIXTURE_ARCH_X86_XEN_H

/* A uint64_t is aligned to 4 on x86_32 and to 8 on x86_64: the record is
 * aligned apart but laid out alike (16 bytes, same offsets). */
struct xen_timer_state {
    uint64_t deadline;
    uint32_t divisor;
    uint32_t flags;
};

/* All 32-bit: alike in every respect. */
struct xen_ring_entry {
    uint32_t id;
    uint32_t op;
};

/* Laid out apart already (an unsigned long), and xlat.lst says the
 * compat layer checks it is not ('?'). */
struct xen_vcpu_clock {
    uint32_t version;
    unsigned long system_time;
};

/* Laid out apart on purpose (an unsigned long); rules files may still
 * require it not to be (arch-invariant.rules). */
struct xen_vcpu_regs {
    unsigned long ip;
    unsigned long sp;
};

#endif
