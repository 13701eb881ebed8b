/* Fixture: before; two exported variables. */
extern int xen_debug_level;
extern unsigned int xen_max_vcpus;
