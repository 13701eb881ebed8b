# cpu_user_regs differs between x86_32 and x86_64 (and is x86-only).
xabi show testdata/hvmmem/4.7 cpu_user_regs
