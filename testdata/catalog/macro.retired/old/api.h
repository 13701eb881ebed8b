/* Fixture: before; memory operations numbered by macros. */
#define XENMEM_increase_reservation 0 /* give pages to a domain */
#define XENMEM_exchange             1 /* swap pages for contiguous ones */
