/* Fixture: before; a flag bit written as a plain int. */
#define XEN_DOMINF_dying  1
