/* Fixture: before; two hypercall wrappers. */
int xen_sched_yield(void);
int xen_sched_block(void);
