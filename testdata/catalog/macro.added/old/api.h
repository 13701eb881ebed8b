/* Fixture: before; two scheduler operations. */
#define SCHEDOP_yield    0
#define SCHEDOP_block    1
