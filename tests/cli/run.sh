#!/bin/sh
# SPDX-License-Identifier: MIT
# Run one CLI golden case: tests/cli/NAME.cmd is a shell snippet in which
# `xabi` runs the binary under test, `changes FILE` prints the changes of
# an XML report one per line, $T is a scratch directory and $XABI_ELF the
# folder of the ELF fixtures built from testdata/elf. Its
# standard output must equal NAME.out, its standard error NAME.err (when
# that file exists) and its exit status NAME.status (0 when absent). Every
# XML file it leaves in $T, and XML on its standard output, must validate
# against xabi's schemas (a JUnit file, which has none, must be well-formed).
#
# A case that exits 77 is skipped (a tool it needs is missing).
# XABI_REGEN=1 rewrites the expected files from what the case prints.
set -u
name=$1
dir=tests/cli
: "${XABI:?set XABI to the xabi binary}" "${XABI_VALIDATE:?set XABI_VALIDATE}"
T=$(mktemp -d "${TMPDIR:-/tmp}/xabi-cli.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
xabi() { "$XABI" "$@"; }
changes() { "$XABI_VALIDATE" --changes "$@"; }

( . "./$dir/$name.cmd" ) >"$T/.out" 2>"$T/.err"
status=$?
# Paths that differ between machines and builds, and the libclang version
# (the suite runs on two: the facts must not differ, the producer does).
sed -i "s|$T|\$T|g; s|${XABI_ELF:-/nonexistent}|\$ELF|g; s|$(pwd)/||g" "$T/.out" "$T/.err"
sed -i 's|libclang-version="[^"]*"|libclang-version="LIBCLANG"|g' "$T/.out" "$T/.err"

# 77: the case cannot run here (a tool it needs is missing); ctest shows
# it as skipped, with the reason the case printed on standard error.
if [ "$status" -eq 77 ]; then
	cat "$T/.err"
	echo "skip $name"
	exit 77
fi

if [ "${XABI_REGEN:-}" = 1 ]; then
	cp "$T/.out" "$dir/$name.out"
	if [ -s "$T/.err" ] || [ -f "$dir/$name.err" ]; then cp "$T/.err" "$dir/$name.err"; fi
	if [ $status -ne 0 ]; then echo $status >"$dir/$name.status"; else rm -f "$dir/$name.status"; fi
	echo "regenerated $name"
	exit 0
fi

fail=0
expected_status=0
[ -f "$dir/$name.status" ] && expected_status=$(cat "$dir/$name.status")
if [ "$status" -ne "$expected_status" ]; then
	echo "FAIL $name: exit status $status, expected $expected_status"
	fail=1
fi
if ! diff -u "$dir/$name.out" "$T/.out"; then
	echo "FAIL $name: standard output differs (above)"
	fail=1
fi
if [ -f "$dir/$name.err" ] && ! diff -u "$dir/$name.err" "$T/.err"; then
	echo "FAIL $name: standard error differs (above)"
	fail=1
fi
for xml in "$T/.out" "$T"/*.xml; do
	[ -f "$xml" ] || continue
	case $(head -c 300 "$xml") in
	*"<xabi-dump"*) schema=xabi-dump.xsd ;;
	*"<xabi-report"*) schema=xabi-report.xsd ;;
	# JUnit has no schema of ours; on standard output it may share the
	# stream with other lines, so only files are checked.
	*"<testsuites"*) [ "$xml" = "$T/.out" ] && continue; schema=--well-formed ;;
	*) continue ;;
	esac
	"$XABI_VALIDATE" "$schema" "$xml" || { echo "FAIL $name: $xml is not valid"; fail=1; }
done
[ $fail -eq 0 ] && echo "ok $name"
exit $fail
