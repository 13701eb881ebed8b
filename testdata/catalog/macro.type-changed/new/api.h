/* Fixture: after; the same bit written as an unsigned long long. */
#define XEN_DOMINF_dying  1ULL
