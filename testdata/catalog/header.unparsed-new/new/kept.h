/* Fixture: a header both trees have. */
struct xen_kept { int k; };
