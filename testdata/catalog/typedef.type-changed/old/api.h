/* Fixture: before; guest frame numbers fit in 32 bits. */
#include <stdint.h>

typedef uint32_t xen_gfn_t;
