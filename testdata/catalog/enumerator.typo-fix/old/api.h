/* Fixture: before; a description with a typo. */
enum spec_ctrl_state {
    SPEC_CTRL_SAFE = 0,       /* the CPU is not affected */
    SPEC_CTRL_VULNERABLE = 1, /* the CPU is vulenrable and unmitigated */
};
