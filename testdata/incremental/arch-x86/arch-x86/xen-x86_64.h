/* Fixture: registers of a 64-bit x86 guest. */
#ifndef FIXTURE_XEN_X86_64_H
#define FIXTURE_XEN_X86_64_H

struct cpu_user_regs {
    uint64_t rbx;
    uint64_t rcx;
    uint16_t cs, _pad0[3];
    uint64_t rflags;
    uint64_t rsp;         /* added by the patch */
};

#endif
