# A record grows: one error, its size, explaining its fields, its alignment,
# the records that embed it and their 32/64-bit divergence.
xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/findings/old testdata/findings/embed
echo "exit $?"
changes $T/r.xml
