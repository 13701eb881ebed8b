/* Fixture: after; number 1 is kept only as a placeholder. */
#define XENMEM_increase_reservation 0 /* give pages to a domain */
#define XENMEM_unused_1             1 /* placeholder: fails from now on */
