# The rejected v2 proposal: value 3 becomes HVMMEM_ioreq_server at 0x00040700.
xabi show testdata/hvmmem/v2 hvmmem_type_t
