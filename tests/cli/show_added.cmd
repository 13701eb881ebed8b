# 4.8 adds HVMMEM_ioreq_server = 4 for every version.
xabi show testdata/hvmmem/4.8 HVMMEM_ioreq_server
