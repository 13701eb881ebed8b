# A struct alike on x86_32 and x86_64 in the old release parts ways: record.arch-divergence.
xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/policy/old testdata/policy/arch-diverge
echo "exit $?"
changes $T/r.xml
