#!/bin/sh
# SPDX-License-Identifier: MIT
# Install what xabi needs from Debian (as root; otherwise print the command)
# and build it into build/ against Debian's default LLVM; with --sanitize
# also build-sanitize/ (ASan and UBSan), with --fuzz also build-fuzz/ (clang,
# libFuzzer, ASan and UBSan), with --llvm-newest also build-llvm-newest/
# against the newest libclang Debian's registry serves (or, offline, the
# newest one installed), since facts must not depend on the LLVM; with
# --browser also Debian's chromium (optional: the history page's test skips
# without it).
#
#   scripts/setup.sh [--sanitize] [--fuzz] [--llvm-newest] [--browser] [--real-packages]
set -eu
cd "$(dirname "$0")/.."

PACKAGES="gcc make cmake pkg-config libclang-dev libelf-dev libxml2-dev \
libcmocka-dev libinih-dev libarchive-dev git clang libclang-rt-dev man-db"

installed() {
	dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}
# install PACKAGE...: those not installed yet (as root; else print the line)
install() {
	missing=
	for p in "$@"; do installed "$p" || missing="$missing $p"; done
	[ -n "$missing" ] || return 0
	if [ "$(id -u)" -eq 0 ]; then
		echo "setup: installing$missing"
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
	else
		echo "setup: missing Debian packages; install them with:" >&2
		echo "  sudo apt-get install -y$missing" >&2
		exit 1
	fi
}

# The newest LLVM major version whose libclang the registry serves, and the
# newest installed; empty when there is none.
newest_served_llvm() {
	apt-cache search --names-only '^libclang-[0-9]+-dev$' 2>/dev/null |
		sed -n 's/^libclang-\([0-9]*\)-dev .*/\1/p' | sort -n | tail -n 1
}
newest_installed_llvm() {
	ls -d /usr/lib/llvm-*/include/clang-c 2>/dev/null |
		sed 's|/usr/lib/llvm-\([0-9]*\)/.*|\1|' | sort -n | tail -n 1
}

# optional_install PACKAGE WHY: for a test that skips without it; bounded
# (no retries, short timeouts) and never fatal, so that setup works
# offline too.
optional_install() {
	installed "$1" && return 0
	if [ "$(id -u)" -ne 0 ]; then
		echo "setup: optional: sudo apt-get install -y $1 ($2)" >&2
		return 0
	fi
	bounded="-o Acquire::Retries=0 -o Acquire::http::Timeout=10 -o Acquire::https::Timeout=10"
	if timeout 120 apt-get $bounded update -qq >/dev/null 2>&1 &&
	   DEBIAN_FRONTEND=noninteractive timeout 900 \
		apt-get $bounded install -y -qq "$1" >/dev/null 2>&1; then
		echo "setup: installed $1 ($2)"
	else
		echo "setup: could not install $1, going on without it ($2)" >&2
	fi
}

echo "setup: checking the Debian packages xabi needs"
install $PACKAGES
# tests/cli/history_html renders the history page in a real browser and
# skips without one: only the test suite asks for it (--browser), and
# XABI_NO_CHROMIUM=1 leaves the (large) package out even then.
for flag in "$@"; do
	[ "$flag" = --browser ] && [ -z "${XABI_NO_CHROMIUM:-}" ] &&
		optional_install chromium "for tests/cli/history_html, which skips without it"
	# libxen-dev's libxl_json.h and libxl_uuid.h include these; without
	# them tests/real names those headers as not compared.
	if [ "$flag" = --real-packages ]; then
		optional_install libyajl-dev "for libxl_json.h in tests/real"
		optional_install uuid-dev "for libxl_uuid.h in tests/real"
	fi
done

jobs=$(nproc 2>/dev/null || echo 2)
# build DIR TYPE [TARGET] [CMAKE OPTION...]
build() {
	dir=$1 type=$2 target=${3:-all}
	shift 2
	[ $# -gt 0 ] && shift
	echo "setup: configuring $dir ($type)"
	cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
	# The longest step by far: say so before it, not after.
	echo "setup: building $dir with $jobs jobs (xabi, its tests and fixtures; a few minutes the first time)"
	cmake --build "$dir" -j "$jobs" --target "$target" >/dev/null
	echo "setup: built $dir ($type)"
}
build build RelWithDebInfo
for flag in "$@"; do
	case $flag in
	--sanitize) build build-sanitize Sanitize ;;
	--fuzz) CC=clang build build-fuzz Debug fuzz-all -DXABI_FUZZ=ON ;;
	--browser | --real-packages) ;; # installed above
	--llvm-newest)
		v=$(newest_served_llvm)
		if [ -z "$v" ] || ! (install "libclang-$v-dev"); then
			echo "setup: the registry serves no libclang here; using the newest installed" >&2
			v=$(newest_installed_llvm)
		fi
		build build-llvm-newest RelWithDebInfo all -DXABI_LLVM="$v"
		;;
	*) echo "setup: unknown option $flag" >&2; exit 2 ;;
	esac
done
