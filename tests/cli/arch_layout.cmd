# 32/64-bit divergence is about sizes and offsets, not alignment: a record
# that grows apart (20 bytes on x86_32, 24 on x86_64) is reported although
# its alignment already differed, one that only gains a uint64_t (aligned
# apart, laid out alike) is not.
xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/arch-layout/old testdata/arch-layout/new
echo "exit $?"
changes $T/r.xml
