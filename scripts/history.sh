#!/bin/sh
# SPDX-License-Identifier: MIT
# Run xabi over Xen's release history: one `xabi diff` (full matrix) per
# consecutive pair of releases, and one row per pair on standard output.
#
#   scripts/history.sh XEN_GIT [FROM_TAG TO_TAG]
#
# XEN_GIT is a Xen git directory (a clone or a bare repository); it is only
# read. The pairs are consecutive release tags RELEASE-X.Y.0 from FROM_TAG
# to TO_TAG (default RELEASE-4.6.0 to the newest X.Y.0 release). Each release's
# xen/include/public (and xen/include/xlat.lst) is extracted once (git
# archive) into OUT/trees/TAG and kept for the next run; for each pair OUT/OLD..NEW.txt and .xml hold the
# text and XML reports and OUT/OLD..NEW.log what xabi said on stderr.
# Columns: old, new, xabi's exit status, errors, warnings, info, seconds
# (of the text run); a last row sums them. Progress goes to stderr.
#
# Environment: XABI, the xabi to run (default build/cmd/xabi/xabi, built by
# scripts/setup.sh); OUT, the output folder (default .cache/history).
# Exit status: 0 when xabi compared every pair, 1 when a run failed (status
# 1 or 2: see its .log), 2 on a usage error.
set -u

usage() {
	echo "usage: scripts/history.sh XEN_GIT [FROM_TAG TO_TAG]" >&2
	exit 2
}
[ $# -eq 1 ] || [ $# -eq 3 ] || usage
# Paths the caller gave are relative to where it runs, not to the checkout.
absolute() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
git_dir=$(absolute "$1")
from=${2:-RELEASE-4.6.0}
to=${3:-}
out=$(absolute "${OUT:-.cache/history}")
xabi=${XABI:+$(absolute "$XABI")}
cd "$(dirname "$0")/.." || exit 1
xabi=${xabi:-$PWD/build/cmd/xabi/xabi}

[ -x "$xabi" ] || { echo "history: no xabi at $xabi; run scripts/setup.sh or set XABI" >&2; exit 1; }
git -C "$git_dir" rev-parse --git-dir >/dev/null 2>&1 ||
	{ echo "history: '$git_dir' is not a git directory" >&2; exit 1; }

# The X.Y.0 release tags, oldest first (sort -V is not POSIX: sort on the
# major number after "RELEASE-", then on the minor).
releases=$(git -C "$git_dir" tag -l 'RELEASE-*' | grep -E '^RELEASE-[0-9]+\.[0-9]+\.0$' |
	sort -t. -k1.9,1n -k2,2n)
to=${to:-$(echo "$releases" | tail -1)}
for tag in "$from" "$to"; do
	echo "$releases" | grep -qx "$tag" ||
		{ echo "history: no release tag '$tag' (RELEASE-X.Y.0) in $git_dir" >&2; exit 1; }
done
tags=$(echo "$releases" | awk -v from="$from" -v to="$to" \
	'$0 == from { on = 1 } on { print } $0 == to { exit }')
# shellcheck disable=SC2086 # one tag per word
set -- $tags
[ $# -ge 2 ] || { echo "history: fewer than two X.Y.0 releases from $from to $to" >&2; exit 1; }

mkdir -p "$out/trees" || exit 1

# The public headers of a release, extracted once; a half-done extraction
# (interrupted) sits in a temporary folder and is never reused.
tree_of() {
	dir=$out/trees/$1
	if [ ! -d "$dir" ]; then
		echo "history: extracting $1" >&2
		rm -rf "$dir.tmp.$$"
		mkdir -p "$dir.tmp.$$" || return 1
		# tar alone decides the pipeline's status: look for the result.
		# Xen's compat list (xlat.lst) beside the headers: its '?' records
		# must keep one layout on x86_32 and x86_64.
		compat=
		git -C "$git_dir" cat-file -e "$1:xen/include/xlat.lst" 2>/dev/null &&
			compat=xen/include/xlat.lst
		git -C "$git_dir" archive "$1" xen/include/public $compat | tar -x -C "$dir.tmp.$$"
		if [ ! -d "$dir.tmp.$$/xen/include/public" ] || ! mv "$dir.tmp.$$" "$dir"; then
			echo "history: cannot extract xen/include/public of $1" >&2
			rm -rf "$dir.tmp.$$"
			return 1
		fi
	fi
	echo "$dir"
}

# Seconds since the epoch, with a fraction where date(1) gives one.
now() {
	t=$(date +%s.%N 2>/dev/null)
	case $t in *N* | "") date +%s ;; *) echo "$t" ;; esac
}

# "N errors, N warnings, N info, ..." on the report's last line -> "N N N".
counts() {
	sed -n 's/^\(no ABI change: \)\{0,1\}\([0-9]*\) errors\{0,1\}, \([0-9]*\) warnings\{0,1\}, \([0-9]*\) info,.*/\2 \3 \4/p' "$1" |
		tail -1
}

row() { printf '%-16s %-16s %6s %7s %8s %6s %8s\n' "$@"; }

row old new status errors warnings info seconds
failed=0 total_e=0 total_w=0 total_i=0 total_s=0 n=$(($# - 1)) i=0
old=$1
shift
for new in "$@"; do
	i=$((i + 1))
	echo "history: $old -> $new ($i of $n)" >&2
	a=$(tree_of "$old") && b=$(tree_of "$new") || exit 1
	report=$out/$old..$new
	start=$(now)
	"$xabi" diff --no-progress -o "$report.txt" "$a" "$b" 2>"$report.log"
	status=$?
	seconds=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
	"$xabi" diff --no-progress --format xml -o "$report.xml" "$a" "$b" 2>>"$report.log"
	xml_status=$?
	# shellcheck disable=SC2046 # one count per word
	set -- $(counts "$report.txt")
	if [ $(((status | xml_status) & 3)) -ne 0 ] || [ $# -ne 3 ]; then
		echo "history: xabi failed on $old -> $new (status $status): see $report.log" >&2
		failed=1
		set -- - - -
	else
		total_e=$((total_e + $1)) total_w=$((total_w + $2)) total_i=$((total_i + $3))
	fi
	total_s=$(awk -v a="$total_s" -v b="$seconds" 'BEGIN { printf "%.1f", a + b }')
	row "$old" "$new" "$status" "$1" "$2" "$3" "$seconds"
	old=$new
done
row total "$n pairs" "" "$total_e" "$total_w" "$total_i" "$total_s"
echo "history: reports in $out" >&2
exit $failed
