/* Fixture: the same counter spelled unsigned long long (LP64: same size). */
struct xen_counter {
    unsigned long long value;
};
