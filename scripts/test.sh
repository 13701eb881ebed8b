#!/bin/sh
# SPDX-License-Identifier: MIT
# Set everything up and run the whole test suite: unit tests, CLI golden
# tests, real-release tests and fuzz-input replays, under AddressSanitizer +
# UndefinedBehaviorSanitizer (leak checking on) and in a normal build, both
# on Debian's default libclang, then in a normal build on the newest
# libclang the registry serves (the facts must not depend on it); first a
# short libFuzzer smoke of each parser (XABI_FUZZ_SECONDS, default 30).
# Extra arguments go to ctest, e.g. scripts/test.sh -R cli/show, and skip
# the fuzz smoke.
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh --sanitize --fuzz --llvm-newest --browser --real-packages

# intercept_tls_get_addr=0: up to GCC 13 and LLVM 16 the sanitizer runtime
# takes a dynamic TLS block whose start is 16 bytes into a page for a
# pre-2.25 glibc header and reads garbage bounds from before it; then
# LeakSanitizer's tracer crashes at exit ("Tracer caught signal 11"), by
# chance of heap layout (libclang's TLS is dlopen()ed).
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:intercept_tls_get_addr=0
export LSAN_OPTIONS=suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# The real-release tests download from Debian's registry: fetch it all once
# here, so that an unreachable registry costs one bounded probe and every
# real test then skips at once, saying why.
if [ -z "${XABI_REGISTRY:-}" ]; then
	if msg=$(XABI=build/cmd/xabi/xabi XABI_CACHE=$(pwd)/.cache sh -c '. tests/real/lib.sh && fetch_all' 2>&1); then
		export XABI_REGISTRY=online
	else
		echo "== the registry cannot be reached; the real-release tests will skip: $msg"
		export XABI_REGISTRY=offline
	fi
fi

status=0 failed=
if [ $# -eq 0 ]; then
	echo "== fuzz smoke (libFuzzer, ${XABI_FUZZ_SECONDS:-30} s per parser)"
	cmake -S . -B build-fuzz -DXABI_FUZZ_SECONDS="${XABI_FUZZ_SECONDS:-30}" >/dev/null
	(cd build-fuzz && ctest --output-on-failure -j "$(nproc)" -R '^fuzz/') ||
		{ status=1; failed="fuzz smoke"; }
fi
echo "== sanitizer build (ASan+UBSan)"
(cd build-sanitize && ctest --output-on-failure -j "$(nproc)" "$@") ||
	{ status=1; failed="${failed:+$failed, }sanitizer build"; }
echo "== normal build"
(cd build && ctest --output-on-failure -j "$(nproc)" "$@") ||
	{ status=1; failed="${failed:+$failed, }normal build"; }
default=$(build/cmd/xabi/xabi --version)
newest=$(build-llvm-newest/cmd/xabi/xabi --version)
if [ "$newest" = "$default" ]; then
	echo "== newest libclang: none besides the default ($default); stage skipped"
else
	echo "== normal build on the newest libclang: $newest"
	(cd build-llvm-newest && ctest --output-on-failure -j "$(nproc)" "$@") ||
		{ status=1; failed="${failed:+$failed, }newest-libclang build"; }
fi
# ctest's closing line above covers the last stage only: say which failed.
[ $status -eq 0 ] || echo "test.sh: FAILED: $failed"
exit $status
