/* Fixture: after; one operation renamed, same number and description. */
#define XENMEM_increase_reservation 0 /* give pages to a domain */
#define XENMEM_release_pages        1 /* take pages from a domain */
