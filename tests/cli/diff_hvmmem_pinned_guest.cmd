# A guest pinned to 0x00040600 still compiles against 4.7, but at run time
# value 3 means HVMMEM_unused: enumerator.retired naming HVMMEM_mmio_write_dm,
# no error.
xabi diff --format xml --audience guest --iface 0x00040600 -o $T/r.xml testdata/hvmmem/4.6 testdata/hvmmem/4.7
echo "exit $?"
changes $T/r.xml
