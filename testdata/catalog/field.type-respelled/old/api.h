/* Fixture: a counter spelled unsigned long. */
struct xen_counter {
    unsigned long value;
};
