# Static archives: each member's global symbols.
xabi diff --format xml -o $T/r.xml $XABI_ELF/v1/libv.a $XABI_ELF/v2/libv.a
echo "exit $?"
changes $T/r.xml
