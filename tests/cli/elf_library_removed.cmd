# A prefix whose library is gone in the new side: one error, elf.library-removed,
# with the count of symbols it took away, explaining each symbol's removal.
for side in old new; do
	mkdir -p $T/$side/usr/include $T/$side/usr/lib
	echo "struct kept { int k; };" > $T/$side/usr/include/kept.h
done
cp $XABI_ELF/v1/libv.so $T/old/usr/lib/
xabi diff --profile c --format xml -o $T/r.xml $T/old/usr $T/new/usr
echo "exit $?"
changes $T/r.xml
grep -o "libv[^ ]* is gone[^<]*" $T/r.xml
