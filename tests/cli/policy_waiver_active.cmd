# A waiver before its 'until' suppresses like any suppression.
xabi diff --arch x86_64,x86_32 --rules testdata/policy/waiver-active.rules --format xml -o $T/r.xml testdata/policy/old testdata/policy/guest-ungated
echo "exit $?"
changes $T/r.xml
