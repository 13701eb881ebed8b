/* Fixture: before; the size of a shared ring. */
#define XEN_RING_PAGES   1
#define XEN_RING_ORDER   0
