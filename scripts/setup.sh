#!/bin/sh
# SPDX-License-Identifier: MIT
# Install what xabi needs from Debian (as root; otherwise print the command)
# and build it into build/; with --sanitize also build-sanitize/ (ASan and
# UBSan), with --fuzz also build-fuzz/ (clang, libFuzzer, ASan and UBSan).
#
#   scripts/setup.sh [--sanitize] [--fuzz]
set -eu
cd "$(dirname "$0")/.."

PACKAGES="gcc make cmake pkg-config libclang-dev libelf-dev libxml2-dev \
libcmocka-dev libinih-dev libarchive-dev git clang libclang-rt-dev"

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
# build DIR TYPE [TARGET] [CMAKE OPTION...]
build() {
	dir=$1 type=$2 target=${3:-all}
	shift 2
	[ $# -gt 0 ] && shift
	cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
	cmake --build "$dir" -j "$jobs" --target "$target" >/dev/null
	echo "setup: built $dir ($type)"
}
build build RelWithDebInfo
for flag in "$@"; do
	case $flag in
	--sanitize) build build-sanitize Sanitize ;;
	--fuzz) CC=clang build build-fuzz Debug fuzz-all -DXABI_FUZZ=ON ;;
	*) echo "setup: unknown option $flag" >&2; exit 2 ;;
	esac
done
