#!/bin/sh
# SPDX-License-Identifier: MIT
# Install what xabi needs from Debian (as root; otherwise print the command)
# and build it into build/ (and, with --sanitize, build-sanitize/ with
# AddressSanitizer and UndefinedBehaviorSanitizer).
#
#   scripts/setup.sh [--sanitize]
set -eu
cd "$(dirname "$0")/.."

PACKAGES="gcc make cmake pkg-config libclang-dev libelf-dev libxml2-dev \
libcmocka-dev libinih-dev libarchive-dev"

missing=
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	if [ "$(id -u)" -eq 0 ]; then
		echo "setup: installing$missing"
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
	else
		echo "setup: missing Debian packages; install them with:" >&2
		echo "  sudo apt-get install -y$missing" >&2
		exit 1
	fi
fi

jobs=$(nproc 2>/dev/null || echo 2)
build() {
	cmake -S . -B "$1" -DCMAKE_BUILD_TYPE="$2" >/dev/null
	cmake --build "$1" -j "$jobs" >/dev/null
	echo "setup: built $1 ($2)"
}
build build Debug
if [ "${1:-}" = --sanitize ]; then
	build build-sanitize Sanitize
fi
