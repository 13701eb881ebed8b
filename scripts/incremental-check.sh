#!/bin/sh
# SPDX-License-Identifier: MIT
# Check that incremental extraction changes nothing, on Xen's history: for
# each commit that touches xen/include/public in RANGE, diff its parent and
# itself twice, taking the unchanged parses from the parent (the default)
# and parsing everything (--full-parse), and compare the two XML reports
# byte for byte.
#
#   scripts/incremental-check.sh XEN_GIT [RANGE]
#
# XEN_GIT is a Xen git directory (a clone or a bare repository); RANGE a
# git revision range (default RELEASE-4.21.0..RELEASE-4.22.0, 15 commits).
# One row per commit: commit, identical or DIFFERENT, the parses of the
# patch side (made / a full extraction's), and the seconds of both runs.
#
# Environment: XABI (default build/cmd/xabi/xabi); OUT, where trees and
# reports go (default .cache/incremental).
# Exit status: 0 when every pair of reports is identical, 1 otherwise.
set -u
[ $# -ge 1 ] && [ $# -le 2 ] || {
	echo "usage: scripts/incremental-check.sh XEN_GIT [RANGE]" >&2
	exit 2
}
absolute() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
git_dir=$(absolute "$1")
range=${2:-RELEASE-4.21.0..RELEASE-4.22.0}
out=$(absolute "${OUT:-.cache/incremental}")
xabi=${XABI:+$(absolute "$XABI")}
cd "$(dirname "$0")/.." || exit 1
xabi=${xabi:-$PWD/build/cmd/xabi/xabi}
[ -x "$xabi" ] || { echo "incremental-check: no xabi at $xabi; run scripts/setup.sh" >&2; exit 1; }
commits=$(git -C "$git_dir" log --format=%h --reverse "$range" -- xen/include/public) ||
	{ echo "incremental-check: cannot list $range in $git_dir" >&2; exit 1; }
mkdir -p "$out/trees" || exit 1

# The public headers of a revision, extracted once.
tree() {
	d=$out/trees/$(git -C "$git_dir" rev-parse --short "$1")
	if [ ! -d "$d" ]; then
		mkdir -p "$d.tmp" && git -C "$git_dir" archive "$1" xen/include/public |
			tar -x -C "$d.tmp" && mv "$d.tmp" "$d" || exit 1
	fi
	echo "$d"
}

now() { date +%s.%N; }
status=0
printf '%-12s %-10s %-10s %11s %8s\n' commit reports parses incremental full
for c in $commits; do
	a=$(tree "$c^") b=$(tree "$c")
	t0=$(now)
	"$xabi" diff --progress --format xml -o "$out/$c.incremental.xml" "$a" "$b" \
		2>"$out/$c.incremental.log"
	t1=$(now)
	"$xabi" diff --no-progress --full-parse --format xml -o "$out/$c.full.xml" "$a" "$b" \
		2>"$out/$c.full.log"
	t2=$(now)
	if cmp -s "$out/$c.incremental.xml" "$out/$c.full.xml"; then same=identical
	else same=DIFFERENT status=1
	fi
	parses=$(tr '\r' '\n' <"$out/$c.incremental.log" | sed -n \
		-e 's/.*: \([0-9]*\) parses instead of \([0-9]*\),.*/\1\/\2/p' \
		-e 's/.*: all \([0-9]*\) parses made.*/\1\/\1/p')
	printf '%-12s %-10s %-10s %11.1f %8.1f\n' "$c" "$same" "${parses:-?}" \
		"$(awk "BEGIN { print $t1 - $t0 }")" "$(awk "BEGIN { print $t2 - $t1 }")"
done
exit $status
