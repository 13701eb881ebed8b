/* Fixture: a new header with a syntax error. */
struct xen_broken { int b }
