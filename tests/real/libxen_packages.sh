#!/bin/sh
# SPDX-License-Identifier: MIT
# Compare Debian's two releases of Xen as packages: libxen-dev (headers and
# static archives) with libxenmisc4.17 (libxenctrl.so and the other shared
# libraries), read from the .deb files by xabi itself. A security update:
# no error; every library is compared and listed; a line per package.
set -u
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d "${TMPDIR:-/tmp}/xabi-real.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

mkdir "$T/old" "$T/new"
for pkg in libxen-dev libxenmisc4.17; do
	deb=$(fetch $pkg "$XEN_OLD") || skip "cannot download $pkg=$XEN_OLD"
	cp "$deb" "$T/old/"
	deb=$(fetch $pkg "$XEN_NEW") || skip "cannot download $pkg=$XEN_NEW"
	cp "$deb" "$T/new/"
done

start=$(date +%s.%N)
"$XABI" diff -q "$T/old" "$T/new" >"$T/report.txt"
status=$?
end=$(date +%s.%N)
"$XABI" diff -q --format xml -o "$T/report.xml" "$T/old" "$T/new"
"$XABI_VALIDATE" xabi-report.xsd "$T/report.xml" || exit 1
head -3 "$T/report.txt"
tail -1 "$T/report.txt"
if [ $((status & 9)) -ne 0 ]; then
	echo "FAIL: the package diff reports errors (exit $status)"
	cat "$T/report.txt"
	exit 1
fi
for pkg in libxen-dev libxenmisc4.17; do
	grep -q "^package $pkg: " "$T/report.txt" || { echo "FAIL: no line for $pkg"; exit 1; }
done
for lib in libxenctrl.so.4.17 libxenguest.so.4.17 libxenlight.so.4.17 libxenctrl.a; do
	grep -q "<library file=\"[^\"]*${lib}[^\"]*\"" "$T/report.xml" ||
		{ echo "FAIL: $lib is not listed as compared"; exit 1; }
done
echo "ok packages: exit $status, $(grep -c '<library ' "$T/report.xml") libraries listed" \
     "(both sides), $(awk "BEGIN { print $end - $start }") s"
