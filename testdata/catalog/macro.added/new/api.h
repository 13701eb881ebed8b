/* Fixture: after; a third operation with a fresh number. */
#define SCHEDOP_yield    0
#define SCHEDOP_block    1
#define SCHEDOP_shutdown 2
