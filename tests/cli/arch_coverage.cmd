# riscv64 and ppc64 are evaluated; a changed header no configuration read is
# said to be not covered, not reported as unchanged.
xabi diff --format xml -o $T/r.xml testdata/arch-coverage/old testdata/arch-coverage/new
echo "exit $?"
changes $T/r.xml
xabi diff --no-progress --arch x86_64 testdata/arch-coverage/old testdata/arch-coverage/new
echo "exit $?"
