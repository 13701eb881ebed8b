# A program linked to v1 resolves against v1 (exit 0) but not v2: g is unresolved.
xabi compat $XABI_ELF/app $XABI_ELF/v1/libv.so; echo "v1: exit $?"
xabi compat --format xml -o $T/r.xml $XABI_ELF/app $XABI_ELF/v2/libv.so; echo "v2: exit $?"
changes $T/r.xml
# A dependency neither given nor on the system (libu.so.1): its unversioned
# imports are not checked, which the report says (no error); given, u resolves.
xabi compat $XABI_ELF/app_u $XABI_ELF/v1/libv.so; echo "without libu: exit $?"
xabi compat -q $XABI_ELF/app_u $XABI_ELF/v1/libv.so $XABI_ELF/u/libu.so; echo "with libu: exit $?"
