/* Fixture: after; the ring grew, so both numbers changed. */
#define XEN_RING_PAGES   4
#define XEN_RING_ORDER   2
