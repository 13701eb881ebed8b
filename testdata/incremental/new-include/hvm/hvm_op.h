/* Fixture: HVM operations, modelled on Xen's hvm/hvm_op.h. */
#ifndef FIXTURE_HVM_HVM_OP_H
#define FIXTURE_HVM_HVM_OP_H

#include "../xen.h"
#include "../sys/helper.h" /* added by the patch */

/* Get and set a parameter of an HVM domain. */
#define HVMOP_set_param           0
#define HVMOP_get_param           1

/* Set the type of a range of guest memory. */
#define HVMOP_set_mem_type        8

typedef enum {
    HVMMEM_ram_rw,             /* ordinary read/write guest RAM */
    HVMMEM_ram_ro,             /* read-only; writes are dropped */
    HVMMEM_mmio_dm,            /* reads and writes go to the device model */
#if __XEN_INTERFACE_VERSION__ < 0x00040700
    HVMMEM_mmio_write_dm       /* read-only; writes go to the device model */
#else
    HVMMEM_unused              /* placeholder: setting memory to this type
                                  fails from 4.7.0 on */
#endif
} hvmmem_type_t;

struct xen_hvm_set_mem_type {
    domid_t  domid;       /* the domain whose memory changes */
    uint16_t hvmmem_type; /* an hvmmem_type_t */
    uint32_t nr;          /* number of pages */
    uint64_t first_pfn;   /* first page */
};
typedef struct xen_hvm_set_mem_type xen_hvm_set_mem_type_t;

#endif
