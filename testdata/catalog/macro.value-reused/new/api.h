/* Fixture: after; number 1 now names an unrelated operation. */
#define XENMEM_increase_reservation 0 /* give pages to a domain */
#define XENMEM_claim_pages          1 /* reserve pages for a future domain */
