/* Fixture: before; a header that parses. */
#include <stdint.h>

#define SCHEDOP_yield 0
#define SCHEDOP_block 1

struct sched_shutdown {
    uint32_t reason;
    uint32_t flags;
};

int xen_sched_op(int cmd, void *arg);
