# GitLab Code Quality JSON: paths from the repository root (the header root is
# xen/include/public in a source tree), a stable fingerprint, a severity.
mkdir -p $T/tree/xen/include && cp -r testdata/hvmmem/v2 $T/tree/xen/include/public
xabi diff --format codequality testdata/hvmmem/4.6 $T/tree; echo "exit $?"
