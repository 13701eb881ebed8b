# An expired waiver stops suppressing and is itself reported.
xabi diff --arch x86_64,x86_32 --rules testdata/policy/waiver-expired.rules --format xml -o $T/r.xml testdata/policy/old testdata/policy/guest-ungated
echo "exit $?"
changes $T/r.xml
