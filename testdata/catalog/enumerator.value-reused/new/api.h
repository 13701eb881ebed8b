/* Fixture: after; value 3 now destroys the domain. */
enum domain_op {
    DOMAIN_OP_PAUSE = 1,      /* stop scheduling the domain */
    DOMAIN_OP_UNPAUSE = 2,    /* resume scheduling the domain */
    DOMAIN_OP_DESTROY = 3,    /* tear the domain down and free its memory */
};
