#!/bin/sh
# SPDX-License-Identifier: MIT
# Fuzz xabi's parsers of outside bytes (the dump, rules, scan, elf and deb
# targets of fuzz/) for SECONDS each, two at a time by default:
#
#   scripts/fuzz.sh [-j N] SECONDS [TARGET...]
#
# Builds build-fuzz/ (clang, libFuzzer, ASan+UBSan), makes the seed corpora
# from the fixtures, and keeps what each run learns in
# build-fuzz/fuzz/work/TARGET/ (see fuzz/run.sh). A crash, leak, timeout or
# out-of-memory stops that target with its input saved there: fix it, then
# save a reduced input in testdata/fuzz/TARGET/, which every build replays.
set -eu
cd "$(dirname "$0")/.."
parallel=2
if [ "${1:-}" = -j ]; then
	parallel=$2
	shift 2
fi
[ $# -ge 1 ] || { sed -n '3,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
seconds=$1
shift
targets=${*:-dump rules scan elf deb}

scripts/setup.sh --fuzz >/dev/null
# intercept_tls_get_addr=0: a sanitizer runtime bug, see scripts/test.sh.
export ASAN_OPTIONS=detect_leaks=1:intercept_tls_get_addr=0
export LSAN_OPTIONS=suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
XABI=$(pwd)/build-fuzz/cmd/xabi/xabi XABI_ELF=$(pwd)/build-fuzz/tests/elf \
	fuzz/seeds.sh build-fuzz/fuzz/seeds

run() {
	inputs=build-fuzz/fuzz/seeds/$1
	[ -d "testdata/fuzz/$1" ] && inputs="$inputs testdata/fuzz/$1"
	fuzz/run.sh "build-fuzz/fuzz/fuzz_$1" "$seconds" "build-fuzz/fuzz/work/$1" $inputs
}

status=0
set -- $targets
while [ $# -gt 0 ]; do
	pids=
	for _ in $(seq 1 "$parallel"); do
		[ $# -gt 0 ] || break
		run "$1" & pids="$pids $!"
		shift
	done
	for pid in $pids; do wait "$pid" || status=1; done
done
exit $status
