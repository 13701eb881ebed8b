#!/bin/sh
# SPDX-License-Identifier: MIT
# Debian's security updates of C libraries' -dev packages, read with the
# hosted c profile as a distro maintainer would: at least 95% of each
# package's headers must be compared (each one that is not is named with
# its reason), and the errors must be exactly the real breaks the package's
# headers show (none for most: an update that reads as a break is a false
# alarm; linux-libc-dev 6.1.192 really removed and retyped a few things).
# Then libxen-dev: its toolstack headers (libxl.h, xenctrl.h) are compared
# beside the public ones.
set -u
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d "${TMPDIR:-/tmp}/xabi-real.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

# Package, old and new version (the new side's headers are counted), and
# the errors expected ("kind:name,..." or -), read from a here-document,
# not a pipe: skip and exit must leave the test, not a subshell.
while read -r pkg old new expected; do
	a=$(fetch "$pkg" "$old") || skip "cannot download $pkg=$old"
	b=$(fetch "$pkg" "$new") || skip "cannot download $pkg=$new"
	shipped=$(dpkg-deb -c "$b" | grep -c '\.h$')
	"$XABI" diff --profile c --format text -o "$T/r.txt" "$a" "$b" 2>"$T/err.txt"
	status=$?
	"$XABI" diff --profile c -q --format xml -o "$T/r.xml" "$a" "$b" 2>/dev/null
	errors=$("$XABI_VALIDATE" --changes "$T/r.xml" | awk '/^error / { print $2 ":" $4 }' |
		sort | paste -sd, -)
	missed=$(grep -F "$b: " "$T/err.txt" | grep -c 'did not parse')
	echo "$pkg $old -> $new: exit $status; $(tail -n 1 "$T/r.txt"); $missed of $shipped headers not compared"
	sed 's/^/    /' "$T/err.txt"
	if [ $((status & 1)) -ne 0 ] || [ "${errors:--}" != "$expected" ]; then
		echo "FAIL: $pkg: errors ${errors:--} (exit $status), expected $expected"
		cat "$T/r.txt"
		exit 1
	fi
	if [ $((missed * 20)) -gt "$shipped" ]; then
		echo "FAIL: $pkg: fewer than 95% of its headers compared"
		exit 1
	fi
done <<PAIRS
zlib1g-dev 1:1.2.13.dfsg-1 1:1.2.13.dfsg-1+deb12u1 -
libssl-dev 3.0.20-1~deb12u2 3.0.22-1~deb12u2 -
libxml2-dev 2.9.14+dfsg-1.3~deb12u4 2.9.14+dfsg-1.3~deb12u6 -
libcurl4-openssl-dev 7.88.1-10+deb12u5 7.88.1-10+deb12u15 -
linux-libc-dev 6.1.176-1 6.1.192-3 enumerator.removed:VIRTIO_BT_CONFIG_TYPE_AMP,field.type-changed:buf,macro.removed:IP_VS_DEST_F_AVAILABLE,macro.removed:IP_VS_DEST_F_OVERLOAD
PAIRS

xen=$(fetch libxen-dev "$XEN_NEW") || skip "cannot download libxen-dev=$XEN_NEW"
"$XABI" dump -q --arch x86_64 --format tsv -o "$T/xen.tsv" "$xen" || exit 1
for h in ../libxl.h ../xenctrl.h ../xenstore.h; do
	n=$(awk -F'\t' -v h="$h" 'index($5, h ":") == 1' "$T/xen.tsv" | wc -l)
	echo "libxen-dev $XEN_NEW: $n facts from $h"
	[ "$n" -gt 0 ] || { echo "FAIL: $h of libxen-dev is not compared"; exit 1; }
done
