/* Fixture: before; one hypercall wrapper. */
int xen_sched_yield(void);
