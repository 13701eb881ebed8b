/* Fixture: before; memory operations numbered by macros. */
#define XENMEM_increase_reservation 0 /* give pages to a domain */
#define XENMEM_decrease_reservation 1 /* take pages from a domain */
