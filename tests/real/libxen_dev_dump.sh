#!/bin/sh
# SPDX-License-Identifier: MIT
# Dump both Debian releases of Xen's public headers (libxen-dev, installed
# layout usr/include/xen) over the full default matrix: every header must
# parse on the arches it belongs to, the dump must validate, read back and
# give the same bytes, and value 3 of hvmmem_type_t must show its history.
set -u
. "$(dirname "$0")/lib.sh"
T=$(mktemp -d "${TMPDIR:-/tmp}/xabi-real.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

for version in "$XEN_OLD" "$XEN_NEW"; do
	deb=$(fetch libxen-dev "$version") || skip "cannot download libxen-dev=$version"
	tree=$(unpack "$deb") || { echo "FAIL: cannot unpack $deb"; exit 1; }
	out=$T/dump.xml
	"$XABI" dump -q "$tree/usr/include" -o "$out" 2>"$T/err" ||
		{ echo "FAIL: dump of libxen-dev $version"; cat "$T/err"; exit 1; }
	# Every public header parses, or is refused by its own #error
	# (tools-only headers for guests), or is skipped by the profile with
	# a reason. Of the toolstack's beside them (../libxl.h), those that
	# need another included first (libxl_json.h after libxl.h) are named.
	if grep 'state="failed"' "$out" | grep -v 'path="\.\./'; then
		echo "FAIL: public headers that did not parse in libxen-dev $version (above)"
		exit 1
	fi
	grep 'state="failed"' "$out" | sed 's/^ */    toolstack, not compared: /'
	"$XABI_VALIDATE" xabi-dump.xsd "$out" || exit 1
	# Comments such as "Doubleword & Quadword" (cpufeatureset.h) make the
	# round trip cover escaped text too.
	grep -q '&amp;' "$out" || { echo "FAIL: no escaped '&' in the dump of $version"; exit 1; }
	"$XABI" dump -q "$out" -o "$T/again.xml" && cmp "$out" "$T/again.xml" ||
		{ echo "FAIL: the dump of $version does not read back identically"; exit 1; }
	"$XABI" dump -q --format tsv "$out" >"$T/facts.tsv" || exit 1
	for kind in enum enumerator macro record field typedef; do
		n=$(grep -c "^$kind	" "$T/facts.tsv")
		[ "$n" -gt 0 ] || { echo "FAIL: no $kind facts in $version"; exit 1; }
	done
	grep -q "^enumerator	hvmmem_type_t	HVMMEM_unused	value=3	hvm/hvm_op.h:[0-9]*	guest iface>=0x00040700; tools$" "$T/facts.tsv" &&
	grep -q "^enumerator	hvmmem_type_t	HVMMEM_mmio_write_dm	value=3	hvm/hvm_op.h:[0-9]*	guest iface<0x00040700$" "$T/facts.tsv" ||
		{ echo "FAIL: hvmmem_type_t value 3 in $version"; grep HVMMEM "$T/facts.tsv"; exit 1; }
	echo "ok libxen-dev $version: $(wc -l <"$T/facts.tsv") facts, $(grep -c '<config ' "$out") configurations, $(grep -c '<header ' "$out") headers"
done
