/* Fixture: after; value 2 is kept only as a placeholder. */
enum guest_mem_type {
    GUEST_MEM_RAM_RW = 0,  /* ordinary read/write RAM */
    GUEST_MEM_RAM_RO = 1,  /* read-only RAM */
    GUEST_MEM_UNUSED = 2,  /* placeholder: requesting it fails */
};
