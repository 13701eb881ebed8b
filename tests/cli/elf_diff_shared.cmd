# v1 -> v2 of a versioned library: g removed (error), data grew (error), h added (info).
xabi diff --format xml -o $T/r.xml $XABI_ELF/v1/libv.so $XABI_ELF/v2/libv.so
echo "exit $?"
changes $T/r.xml
grep -o "<library [^>]*>" $T/r.xml
