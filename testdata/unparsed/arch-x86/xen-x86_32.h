/* Fixture: registers of a 32-bit x86 guest. */
#ifndef FIXTURE_XEN_X86_32_H
#define FIXTURE_XEN_X86_32_H

struct cpu_user_regs {
    uint32_t ebx;
    uint32_t ecx;
    uint16_t cs, _pad0;
    uint32_t eflags;
};

#endif
