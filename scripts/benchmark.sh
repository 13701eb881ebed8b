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
#
#   scripts/benchmark.sh [-n RUNS] --patches XEN_GIT [RANGE]
#
# The per-patch case on real commits: every commit that touches
# xen/include/public in RANGE (default RELEASE-4.21.0..RELEASE-4.22.0) is
# checked as CI checks it, 'xabi diff --since RELEASE PARENT COMMIT' (the
# release dump read, the parent from --cache as the pipeline before left it,
# the commit parsing what it changed), and cold (no cache), next to one full
# dump of the commit and the abidiff pipeline on parent and commit. One row
# per commit (medians of RUNS), then the median ratios over the commits.
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
patches=
if [ "${1:-}" = --patches ]; then
	[ $# -ge 2 ] || { echo "usage: scripts/benchmark.sh [-n RUNS] --patches XEN_GIT [RANGE]" >&2; exit 2; }
	patches=$2 range=${3:-RELEASE-4.21.0..RELEASE-4.22.0}
	set --
fi

if [ -n "$patches" ]; then
	old= new=
elif [ $# -eq 2 ]; then
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
if [ -z "$patches" ]; then
	old_root=$(root_of "$old")
	new_root=$(root_of "$new")
fi

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
# abidiff_pipeline OLD_ROOT NEW_ROOT DIR: DIR/abidiff.sh, the pipeline.
abidiff_pipeline() {
	umbrella "$1" "$3/old.h"
	umbrella "$2" "$3/new.h"
	cat >"$3/abidiff.sh" <<PIPELINE
set -e
gcc -g -fno-eliminate-unused-debug-types -c -w -x c $3/old.h -o $3/old.o
gcc -g -fno-eliminate-unused-debug-types -c -w -x c $3/new.h -o $3/new.o
abidiff --non-reachable-types $3/old.o $3/new.o || [ \$? -lt 16 ]
PIPELINE
	sh "$3/abidiff.sh" >/dev/null || { echo "benchmark: the abidiff pipeline fails" >&2; exit 1; }
}

# measure NAME COMMAND...: one run, appending seconds and KB to $T/NAME.
measure() {
	local name=$1
	shift
	/usr/bin/time -f "%e %M" -o "$T/.one" "$@" >/dev/null 2>&1
	# time(1) adds a line when the command exits non-zero (xabi's 4 and 8).
	grep -E '^[0-9.]+ [0-9]+$' "$T/.one" >>"$T/$name"
}

median() { sort -n "$T/$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$(median "$1" 1)" -v b="$(median "$2" 1)" 'BEGIN { printf "%.2f", a / b }'; }

# The per-patch case (--patches): see the top of this file.
per_patch() {
	local commits c p rel tree_c tree_p
	commits=$(git -C "$patches" log --format=%h --reverse "$range" -- xen/include/public) ||
		{ echo "benchmark: cannot list $range in $patches" >&2; exit 1; }
	rel=${range%%..*}
	tree() {
		local d=$T/trees/$(git -C "$patches" rev-parse --short "$1")
		[ -d "$d" ] || { mkdir -p "$d" && git -C "$patches" archive "$1" xen/include/public |
			tar -x -C "$d"; } || exit 1
		echo "$d"
	}
	"$xabi" dump -q "$(tree "$rel")" -o "$T/release.xml" || exit 1
	printf '%-12s %8s %8s %8s %8s %10s %10s\n' commit ci cold dump abidiff "ci/dump" "ci/abidiff" >"$T/rows"
	for c in $commits; do
		echo "commit $c" >&2
		tree_p=$(tree "$c^") tree_c=$(tree "$c")
		mkdir -p "$T/$c" && abidiff_pipeline "$(root_of "$tree_p")" "$(root_of "$tree_c")" "$T/$c"
		# The cache as the pipeline before (the parent's) left it.
		"$xabi" diff -q --cache "$T/$c/primed" "$tree_p" "$tree_p" >/dev/null
		for i in $(seq "$runs"); do
			rm -rf "$T/$c/cache" && cp -r "$T/$c/primed" "$T/$c/cache"
			measure "$c.ci" "$xabi" diff -q --cache "$T/$c/cache" --since "$T/release.xml" \
				"$tree_p" "$tree_c"
			measure "$c.cold" "$xabi" diff -q --since "$T/release.xml" "$tree_p" "$tree_c"
			measure "$c.dump" "$xabi" dump -q "$tree_c" -o "$T/dump.xml"
			measure "$c.abidiff" sh "$T/$c/abidiff.sh"
		done
		printf '%-12s %8s %8s %8s %8s %10s %10s\n' "$c" "$(median "$c.ci" 1)" \
			"$(median "$c.cold" 1)" "$(median "$c.dump" 1)" "$(median "$c.abidiff" 1)" \
			"$(ratio "$c.ci" "$c.dump")" "$(ratio "$c.ci" "$c.abidiff")" >>"$T/rows"
		ratio "$c.ci" "$c.dump" >>"$T/ci_dump"; echo >>"$T/ci_dump"
		ratio "$c.ci" "$c.abidiff" >>"$T/ci_abidiff"; echo >>"$T/ci_abidiff"
		ratio "$c.cold" "$c.dump" >>"$T/cold_dump"; echo >>"$T/cold_dump"
	done
	echo
	cat "$T/rows"
	echo
	echo "seconds, medians of $runs runs; ci: diff --cache --since $rel PARENT COMMIT with the"
	echo "parent in the cache; cold: the same without a cache; dump: one full dump of COMMIT;"
	echo "abidiff: the abidiff pipeline (x86_64 tools, 1 configuration) on PARENT and COMMIT"
	echo "per-patch check (ci): median $(median ci_dump 1)x one full dump (target <= 0.25),"\
		"$(median ci_abidiff 1)x the abidiff pipeline (target < 1)"
	echo "per-patch check (cold): median $(median cold_dump 1)x one full dump"
}

[ -n "$patches" ] && { per_patch; exit; }
abidiff_pipeline "$old_root" "$new_root" "$T"

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
echo
echo "same coverage: xabi is $(ratio abidiff xabi_one)x faster than the abidiff pipeline (target >= 5)"
[ -n "$acc" ] && echo "same coverage: xabi is $(ratio acc xabi_one)x faster than abi-compliance-checker"
echo "full matrix: $(ratio xabi_full abidiff)x the abidiff pipeline's time for its one configuration (target <= 10)"
echo "per-patch check: $(ratio xabi_patch xabi_dump)x the time of one full dump (target <= 1)"
echo "-j2 is $(ratio xabi_j1 xabi_j2)x faster than -j1 (target >= 1.6)"
