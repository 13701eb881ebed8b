# 4.7: value 3 is HVMMEM_mmio_write_dm below 0x00040700 and HVMMEM_unused
# from it (and for tools, which are pinned to the latest version).
xabi show testdata/hvmmem/4.7 hvmmem_type_t
