/* Fixture: after; a second exported variable. */
extern int xen_debug_level;
extern unsigned int xen_max_vcpus;
