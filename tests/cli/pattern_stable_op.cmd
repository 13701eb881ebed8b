# Changes to an op domctl.h marks "stable interface" are not counted against
# XEN_DOMCTL_INTERFACE_VERSION (no policy.version-not-bumped; they keep their
# own severity), and a pure addition needs no raise.
xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/patterns/stable-op/old testdata/patterns/stable-op/new
echo "exit $?"
changes $T/r.xml
xabi diff --no-progress --arch x86_64,x86_32 testdata/patterns/stable-op/old testdata/patterns/stable-op/new | grep -c 'a stable op: XEN_DOMCTL_INTERFACE_VERSION does not cover it'
