# xabi history --entity: one entity as each release declares it, printed
# as xabi show prints it: value 3 is HVMMEM_mmio_write_dm in 4.6, splits
# by interface version in 4.7, and HVMMEM_ioreq_server appears at 4 in 4.8.
xabi history --no-progress --entity hvmmem_type_t \
	testdata/hvmmem/4.6 testdata/hvmmem/4.7 testdata/hvmmem/4.8
echo "exit status $?"
# A release that does not declare it says so.
xabi history --no-progress --entity HVMMEM_ioreq_server testdata/hvmmem/4.7 testdata/hvmmem/4.8
echo "exit status $?"
# An entity no source declares is an error.
xabi history --no-progress --entity no_such_thing testdata/hvmmem/4.6 2>&1
