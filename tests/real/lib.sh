# SPDX-License-Identifier: MIT
# Shared by the real-release tests: fetch Debian packages into a cache at
# test time (never into the repository) and unpack them.
#
# The two Xen releases Debian serves (DESIGN.md, "Real inputs").
XEN_OLD=4.17.5+72-g01140da4e8-1
XEN_NEW=4.17.7+13-g2445b30a44-0+deb12u1
: "${XABI:?set XABI to the xabi binary}"
: "${XABI_CACHE:=${HOME:-/tmp}/.cache/xabi-tests}"
mkdir -p "$XABI_CACHE"

skip() { echo "SKIP: $*"; exit 77; }

# fetch PACKAGE VERSION: print the path of the .deb, downloading it once.
fetch() {
	pattern="$XABI_CACHE/$1_$(echo "$2" | sed 's/:/%3a/')_"*.deb
	for f in $pattern; do [ -f "$f" ] && { echo "$f"; return 0; }; done
	( cd "$XABI_CACHE" && apt-get download "$1=$2" >/dev/null 2>&1 ) ||
	{ [ "$(id -u)" -eq 0 ] && apt-get update -qq >/dev/null 2>&1 &&
	  ( cd "$XABI_CACHE" && apt-get download "$1=$2" >/dev/null 2>&1 ); } ||
		return 1
	for f in $pattern; do [ -f "$f" ] && { echo "$f"; return 0; }; done
	return 1
}

# unpack DEB: print a directory holding its files (unpacked once).
unpack() {
	dir="$XABI_CACHE/$(basename "$1" .deb)"
	if [ ! -d "$dir" ]; then
		dpkg-deb -x "$1" "$dir.tmp" && mv "$dir.tmp" "$dir" || return 1
	fi
	echo "$dir"
}
