/* Fixture: after; the last bit-field is one bit wider. */
#include <stdint.h>

struct xen_pte_bits {
    uint32_t present : 1;
    uint32_t type    : 3;
    uint32_t order   : 5;
};
