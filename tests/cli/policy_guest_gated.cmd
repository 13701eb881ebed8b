# The same growth behind a new interface version with the latest raised: the bump view
# reports it at its catalog severity, and there is no policy.ungated-change.
xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/policy/old testdata/policy/guest-gated
echo "exit $?"
changes $T/r.xml
echo "ungated: $(changes $T/r.xml | grep -c policy.ungated-change)"
