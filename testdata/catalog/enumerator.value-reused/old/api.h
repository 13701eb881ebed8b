/* Fixture: before; value 3 asks for a soft reset. */
enum domain_op {
    DOMAIN_OP_PAUSE = 1,      /* stop scheduling the domain */
    DOMAIN_OP_UNPAUSE = 2,    /* resume scheduling the domain */
    DOMAIN_OP_SOFT_RESET = 3, /* reset the domain, keeping its memory */
};
