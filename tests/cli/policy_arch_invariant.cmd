# Rules name records that must be alike on both arches, whatever the old release did.
xabi diff --arch x86_64,x86_32 --rules testdata/policy/arch-invariant.rules --format xml -o $T/r.xml testdata/arch-layout/old testdata/arch-layout/old
echo "exit $?"
changes $T/r.xml
