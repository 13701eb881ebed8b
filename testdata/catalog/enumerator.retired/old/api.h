/* Fixture: before; memory types a guest may request. */
enum guest_mem_type {
    GUEST_MEM_RAM_RW = 0,  /* ordinary read/write RAM */
    GUEST_MEM_RAM_RO = 1,  /* read-only RAM */
    GUEST_MEM_MMIO_WR = 2, /* writes forwarded to an emulator */
};
