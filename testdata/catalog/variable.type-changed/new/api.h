/* Fixture: after; the limit is an unsigned long. */
extern unsigned long xen_max_vcpus;
