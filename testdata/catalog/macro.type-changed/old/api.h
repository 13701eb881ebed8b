/* Fixture: before; a flag bit written as a plain int. */
#define XEN_DOMINF_dying  1
/* The top bit written as an int: the value is negative. */
#define XEN_CACHE_SOURCE  (1 << 31)
