# A record is removed: one error, explaining its typedef and handle type.
xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/findings/old testdata/findings/removed
echo "exit $?"
changes $T/r.xml
