#!/bin/sh
# SPDX-License-Identifier: MIT
# Fuzz one target for a while: run.sh BINARY SECONDS WORKDIR SEED_DIR...
# New inputs go to WORKDIR/corpus (kept for the next run), libFuzzer's log
# to WORKDIR/log, a finding to WORKDIR/crash-* (or leak-, timeout-, oom-).
# Prints one line, and on a finding the end of the log; exits non-zero then.
# Save a finding under testdata/fuzz/TARGET/ once fixed.
set -u
bin=$1 seconds=$2 work=$3
shift 3
name=$(basename "$bin")
mkdir -p "$work/corpus"
rm -f "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*
if "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
	-print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" "$@" \
	>"$work/log" 2>&1; then
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
	cov=$(grep -o 'cov: [0-9]*' "$work/log" | tail -n 1)
	echo "$name: no finding in ${seconds} s ($runs runs, $cov, corpus $(ls "$work/corpus" | wc -l))"
	exit 0
fi
echo "$name: FINDING: $(cd "$work" && ls crash-* leak-* timeout-* oom-* 2>/dev/null | tr '\n' ' ')"
grep -v '^#[0-9]' "$work/log" | tail -n 60
exit 1
