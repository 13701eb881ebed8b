/* Fixture: after; a second hypercall wrapper. */
int xen_sched_yield(void);
int xen_sched_block(void);
