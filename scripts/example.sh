#!/bin/sh
# SPDX-License-Identifier: MIT
# Set everything up and run xabi's main job on the bundled example: the
# history of value 3 of Xen's hvmmem_type_t (testdata/hvmmem/README.md).
# Each step says what it does before it starts: the first run installs
# packages and builds for a few minutes.
set -u
cd "$(dirname "$0")/.." || exit 1
step() { echo "example: $*"; }
step "setting up: Debian packages and a build in build/ (scripts/setup.sh)"
scripts/setup.sh || exit 1
xabi=build/cmd/xabi/xabi

run() {
	echo
	echo "\$ xabi $*"
	$xabi "$@"
	echo "(exit status $?)"
}
step "running xabi on testdata/hvmmem: 4.6, 4.7 and the rejected proposal v2"
# 4.6 -> 4.7: value 3 retired, a warning (exit 4)
run diff testdata/hvmmem/4.6 testdata/hvmmem/4.7
# 4.6 -> the rejected proposal: value 3 reused, an error (exit 12)
run diff testdata/hvmmem/4.6 testdata/hvmmem/v2
# what each interface version sees
run show testdata/hvmmem/4.7 hvmmem_type_t
exit 0
