/* Fixture: after; the second variable is gone. */
extern int xen_debug_level;
