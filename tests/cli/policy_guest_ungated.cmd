# A guest-visible struct grows for every version: policy.ungated-change, exit bit 8.
xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/policy/old testdata/policy/guest-ungated
echo "exit $?"
changes $T/r.xml
