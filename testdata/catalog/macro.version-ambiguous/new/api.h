/* Fixture: after; number 2 means one thing below API 2, another from 2 on. */
#define XENMEM_increase_reservation 0 /* give pages to a domain */
#define XENMEM_decrease_reservation 1 /* take pages from a domain */
#if API_VERSION >= 2
#define XENMEM_claim_pages          2 /* reserve pages for a future domain */
#else
#define XENMEM_populate_physmap     2 /* back guest frames with pages */
#endif
