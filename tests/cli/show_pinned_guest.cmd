# A guest pinned to 0x00040600 on x86_32 sees only the old name.
xabi show --arch x86_32 --audience guest --iface 0x00040600 testdata/hvmmem/4.7 hvmmem_type_t
