/* Fixture: before; the limit is an unsigned int. */
extern unsigned int xen_max_vcpus;
