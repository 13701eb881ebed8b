/* Fixture: after; guest frame numbers are widened to 64 bits. */
#include <stdint.h>

typedef uint64_t xen_gfn_t;
