/* Fixture: after; the same bit written as an unsigned long long. */
#define XEN_DOMINF_dying  1ULL
/* The same top bit written as an unsigned int: the same 32 bits. */
#define XEN_CACHE_SOURCE  (1U << 31)
