/* Fixture: after; the second wrapper is gone. */
int xen_sched_yield(void);
