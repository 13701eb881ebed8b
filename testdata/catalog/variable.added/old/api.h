/* Fixture: before; one exported variable. */
extern int xen_debug_level;
