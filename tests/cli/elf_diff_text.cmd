# The same in the text report.
xabi diff $XABI_ELF/v1/libv.so $XABI_ELF/v2/libv.so
