/* Fixture: after; the last operation is gone and its number unused. */
#define SCHEDOP_yield    0
#define SCHEDOP_block    1
