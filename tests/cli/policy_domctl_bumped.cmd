# The same growth with the version raised: expected, info only, no error.
xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/policy/old testdata/policy/domctl-bumped
echo "exit $?"
changes $T/r.xml
