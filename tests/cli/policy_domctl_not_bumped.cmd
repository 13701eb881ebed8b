# A domctl struct grows and XEN_DOMCTL_INTERFACE_VERSION stays: policy.version-not-bumped.
xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/policy/old testdata/policy/domctl-not-bumped
echo "exit $?"
changes $T/r.xml
