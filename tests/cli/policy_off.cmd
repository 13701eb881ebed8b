# Rules can turn a policy off and lower a kind's severity.
xabi diff --arch x86_64,x86_32 --rules testdata/policy/policy-off.rules --format xml -o $T/r.xml testdata/policy/old testdata/policy/guest-ungated
echo "exit $?"
changes $T/r.xml
