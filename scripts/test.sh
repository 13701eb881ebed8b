#!/bin/sh
# SPDX-License-Identifier: MIT
# Set everything up and run the whole test suite: unit tests, CLI golden
# tests and real-release tests, in a normal build and again under
# AddressSanitizer + UndefinedBehaviorSanitizer (leak checking on).
# Extra arguments go to ctest, e.g. scripts/test.sh -R cli/show
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh --sanitize

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

status=0
echo "== sanitizer build (ASan+UBSan)"
(cd build-sanitize && ctest --output-on-failure -j "$(nproc)" "$@") || status=1
echo "== normal build"
(cd build && ctest --output-on-failure -j "$(nproc)" "$@") || status=1
exit $status
