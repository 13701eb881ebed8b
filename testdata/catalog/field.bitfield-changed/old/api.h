/* Fixture: before; bit-fields of a page-table entry. */
#include <stdint.h>

struct xen_pte_bits {
    uint32_t present : 1;
    uint32_t type    : 3;
    uint32_t order   : 4;
};
