# The hosted c profile: a package's headers see the C library (here a
# sysroot's, with its multiarch folder), the package's own <pkg/other.h>
# before any other copy, and the folders its pkg-config file adds. All four
# headers parse; the prototype and layout changes are errors.
xabi diff --profile c --sysroot testdata/hosted/sysroot --format xml -o $T/r.xml testdata/hosted/old testdata/hosted/new; echo "exit $?"
changes $T/r.xml
xabi show --profile c --sysroot testdata/hosted/sysroot testdata/hosted/old pkg_other | grep -o 'size=[0-9]*'
# On the host's own C library, the same verdict.
xabi diff --profile c -q testdata/hosted/old testdata/hosted/new | tail -1
# Without its pkg-config file, <inner/base.h> is not found: named, with why.
cp -r testdata/hosted/old $T/nopc && rm -r $T/nopc/usr/lib
xabi dump --profile c -o $T/d.xml $T/nopc 2>&1 | sed "s#$T#\$T#g"
# A header that clashes with the C library, read first (it reaches the most
# headers), fails, blamed on it
# (the error is in the sysroot's sys/types.h); the others are still read.
cp -r testdata/hosted/old $T/clash
printf 'typedef long pid_t;\n#include <sys/types.h>\n#include <pkg/api.h>\n' > $T/clash/usr/include/pkg/a_clash.h
xabi dump --profile c --sysroot testdata/hosted/sysroot -o $T/c.xml $T/clash 2>&1 | sed "s#$T#\$T#g; s#$PWD/##g"
grep -c '<header path=' $T/c.xml
# An arch whose C library the sysroot lacks is read without it, and says so.
xabi dump --profile c --sysroot testdata/hosted/sysroot --arch x86_32 -o $T/d32.xml testdata/hosted/old 2>&1
# A diff reads both sides with one sysroot: the warning comes once.
xabi diff --profile c --sysroot testdata/hosted/sysroot --arch x86_32 -o $T/r32.txt testdata/hosted/old testdata/hosted/new 2>&1 | grep -c 'no C library headers'
