#!/bin/bash
# SPDX-License-Identifier: MIT
# Benchmark xabi against its peers on two header trees.
#
#   scripts/benchmark.sh [-n RUNS] [OLD NEW]
#
# OLD and NEW are Xen trees (a source tree, xen/include/public, or an
# installed prefix); by default the two Debian releases of libxen-dev,
# downloaded into .cache/. Times are medians of RUNS alternating runs
# (default 5); memory is the peak resident size (/usr/bin/time). Compared:
#   - the abidiff pipeline Linux's check-uapi uses: compile an umbrella of
#     the public headers with -g for one configuration (x86_64, tools), then
#     abidiff --non-reachable-types (abigail-tools);
#   - abi-compliance-checker on the same headers and configuration (one run:
#     it is slow), when installed;
#   - xabi diff for the same coverage (--arch x86_64 --audience tools
#     --iface latest), and over the full matrix;
#   - a per-patch check against a stored baseline dump, next to one dump;
#   - xabi -j1 against -j2.
# Not a test: it prints figures, it asserts nothing.
set -u
cd "$(dirname "$0")/.." || exit 1
runs=5
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
xabi=$(pwd)/build/cmd/xabi/xabi
[ -x "$xabi" ] || scripts/setup.sh >/dev/null || exit 1
for tool in /usr/bin/time abidiff gcc; do
	if ! command -v $tool >/dev/null; then
		echo "benchmark: $tool is missing; install it with:" >&2
		echo "  sudo apt-get install -y time abigail-tools abi-compliance-checker gcc" >&2
		exit 1
	fi
done
T=$(mktemp -d "${TMPDIR:-/tmp}/xabi-bench.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

if [ $# -eq 2 ]; then
	old=$1 new=$2
else
	mkdir -p .cache
	for v in 4.17.5+72-g01140da4e8-1 4.17.7+13-g2445b30a44-0+deb12u1; do
		deb=$(ls .cache/libxen-dev_"$v"_*.deb 2>/dev/null | head -1)
		[ -n "$deb" ] || (cd .cache && apt-get download "libxen-dev=$v" >/dev/null 2>&1) ||
			{ echo "benchmark: cannot download libxen-dev=$v" >&2; exit 1; }
		deb=$(ls .cache/libxen-dev_"$v"_*.deb | head -1)
		dir=.cache/$(basename "$deb" .deb)
		[ -d "$dir" ] || dpkg-deb -x "$deb" "$dir"
	done
	old=$(ls -d .cache/libxen-dev_4.17.5*/ | head -1)usr/include
	new=$(ls -d .cache/libxen-dev_4.17.7*/ | head -1)usr/include
fi

# The public header root of a tree, as xabi's xen profile finds it.
root_of() {
	for l in xen/include/public include/public . xen usr/include/xen include/xen; do
		[ -f "$1/$l/xen-compat.h" ] && { (cd "$1/$l" && pwd); return; }
	done
	echo "benchmark: no Xen headers under $1" >&2
	exit 1
}
old_root=$(root_of "$old")
new_root=$(root_of "$new")

# An umbrella for x86_64 tools: what compiles in that configuration. As
# check-uapi does, types are kept in the debug info even when unused, and
# one function gives abidiff an ELF symbol to anchor the corpus.
umbrella() {
	{
		echo '#define __XEN_TOOLS__ 1'
		echo '#include <stdint.h>'
		echo '#include <stddef.h>'
		echo "#include \"$1/xen.h\""
		(cd "$1" && find . -name '*.h' | sort) |
			grep -v -E 'arch-(arm|ppc|riscv)|sys/|foreign/|libxenvchan|dom0_ops|arch-x86/hvm/save.h|x86_32' |
			sed "s|^\./\(.*\)|#include \"$1/\1\"|"
		echo 'int xabi_benchmark_anchor(void) { return 0; }'
	} >"$2"
}
umbrella "$old_root" "$T/old.h"
umbrella "$new_root" "$T/new.h"

cat >"$T/abidiff.sh" <<PIPELINE
set -e
gcc -g -fno-eliminate-unused-debug-types -c -w -x c $T/old.h -o $T/old.o
gcc -g -fno-eliminate-unused-debug-types -c -w -x c $T/new.h -o $T/new.o
abidiff --non-reachable-types $T/old.o $T/new.o || [ \$? -lt 16 ]
PIPELINE
sh "$T/abidiff.sh" >/dev/null || { echo "benchmark: the abidiff pipeline fails" >&2; exit 1; }

# measure NAME COMMAND...: one run, appending seconds and KB to $T/NAME.
measure() {
	local name=$1
	shift
	/usr/bin/time -f "%e %M" -o "$T/.one" "$@" >/dev/null 2>&1
	# time(1) adds a line when the command exits non-zero (xabi's 4 and 8).
	grep -E '^[0-9.]+ [0-9]+$' "$T/.one" >>"$T/$name"
}

median() { sort -n "$T/$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }

"$xabi" dump -q "$old" -o "$T/baseline.xml" || exit 1
configs=$(grep -c '<config ' "$T/baseline.xml")
for i in $(seq "$runs"); do
	echo "run $i of $runs" >&2
	measure abidiff sh "$T/abidiff.sh"
	measure xabi_one "$xabi" diff -q --arch x86_64 --audience tools --iface latest "$old" "$new"
	measure xabi_full "$xabi" diff -q "$old" "$new"
	measure xabi_patch "$xabi" diff -q "$T/baseline.xml" "$new"
	measure xabi_dump "$xabi" dump -q "$new" -o "$T/dump.xml"
	measure xabi_j1 "$xabi" dump -q -j1 "$new" -o "$T/dump.xml"
	measure xabi_j2 "$xabi" dump -q -j2 "$new" -o "$T/dump.xml"
done

acc=
if command -v abi-compliance-checker >/dev/null; then
	echo "abi-compliance-checker (one run)" >&2
	for side in old new; do
		cat >"$T/$side.desc" <<DESC
<version>$side</version>
<headers>$T/$side.h</headers>
<gcc_options>-w</gcc_options>
DESC
	done
	(cd "$T" && measure acc timeout 900 abi-compliance-checker -lib xen -old old.desc \
		-new new.desc -headers-only)
	acc=$(median acc 1)
fi

printf '\n%-58s %9s %9s\n' "" "seconds" "peak MB"
row() { printf '%-58s %9s %9d\n' "$1" "$(median "$2" 1)" "$(($(median "$2" 2) / 1024))"; }
row "abidiff pipeline (x86_64 tools, 1 configuration)" abidiff
[ -n "$acc" ] && row "abi-compliance-checker (x86_64 tools, 1 configuration)" acc
row "xabi diff, same coverage (x86_64 tools latest)" xabi_one
row "xabi diff, full matrix ($configs configurations)" xabi_full
row "xabi diff baseline.xml NEW (per-patch check)" xabi_patch
row "xabi dump NEW (one full dump)" xabi_dump
row "xabi dump -j1" xabi_j1
row "xabi dump -j2" xabi_j2
ratio() { awk -v a="$(median "$1" 1)" -v b="$(median "$2" 1)" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "same coverage: xabi is $(ratio abidiff xabi_one)x faster than the abidiff pipeline (target >= 5)"
[ -n "$acc" ] && echo "same coverage: xabi is $(ratio acc xabi_one)x faster than abi-compliance-checker"
echo "full matrix: $(ratio xabi_full abidiff)x the abidiff pipeline's time for its one configuration (target <= 10)"
echo "per-patch check: $(ratio xabi_patch xabi_dump)x the time of one full dump (target <= 1)"
echo "-j2 is $(ratio xabi_j1 xabi_j2)x faster than -j1 (target >= 1.6)"
