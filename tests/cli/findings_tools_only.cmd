# A tools-only record without a version macro grows: a warning, not an error.
xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/findings/old testdata/findings/tools-only
echo "exit $?"
changes $T/r.xml
