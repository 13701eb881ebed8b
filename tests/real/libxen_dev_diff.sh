#!/bin/sh
# SPDX-License-Identifier: MIT
# Compare Debian's two releases of Xen's public headers (libxen-dev 4.17.5
# -> 4.17.7, a security update) over the full default matrix: the report
# must validate and hold no error-severity finding (a security update must
# not look like a break), and the diff of the new release with itself and
# with its own dump must be empty.
set -u
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d "${TMPDIR:-/tmp}/xabi-real.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

old=$(fetch libxen-dev "$XEN_OLD") || skip "cannot download libxen-dev=$XEN_OLD"
newdeb=$(fetch libxen-dev "$XEN_NEW") || skip "cannot download libxen-dev=$XEN_NEW"
old=$(unpack "$old")/usr/include || exit 1
new=$(unpack "$newdeb")/usr/include || exit 1

start=$(date +%s.%N)
"$XABI" diff -q --format xml -o "$T/report.xml" "$old" "$new"
status=$?
end=$(date +%s.%N)
"$XABI_VALIDATE" xabi-report.xsd "$T/report.xml" || exit 1
"$XABI_VALIDATE" --changes "$T/report.xml" >"$T/changes.txt"
cat "$T/changes.txt"
if [ $((status & 8)) -ne 0 ] || [ $((status & 1)) -ne 0 ] || grep -q '^error ' "$T/changes.txt"; then
	echo "FAIL: the security update reports errors (exit $status)"
	exit 1
fi
echo "ok libxen-dev $XEN_OLD -> $XEN_NEW: exit $status, $(grep -c '^[a-z]* [a-z]*\.' "$T/changes.txt") changes in $(awk "BEGIN { print $end - $start }") s"

"$XABI" dump -q "$new" -o "$T/new.xml" || exit 1
# The .deb against itself: each side is unpacked into a folder of its own,
# and no path of either may reach a fact. One arch is enough to see that,
# at a quarter of the cost (the suite runs this three times).
for pair in "$newdeb $newdeb" "$new $T/new.xml"; do
	# shellcheck disable=SC2086
	"$XABI" diff -q --arch x86_64 $pair >"$T/self.txt" ||
		{ echo "FAIL: $pair differ"; cat "$T/self.txt"; exit 1; }
done
echo "ok the new package against itself and its tree against its dump: no change"
