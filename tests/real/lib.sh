# SPDX-License-Identifier: MIT
# Shared by the real-release tests: fetch Debian packages into a cache at
# test time (never into the repository) and unpack them.
#
# The two Xen releases Debian serves (libxen-dev and libxenmisc4.17).
XEN_OLD=4.17.5+72-g01140da4e8-1
XEN_NEW=4.17.7+13-g2445b30a44-0+deb12u1
: "${XABI:?set XABI to the xabi binary}"
: "${XABI_CACHE:=${HOME:-/tmp}/.cache/xabi-tests}"
mkdir -p "$XABI_CACHE"

# Why the last fetch of this test failed, for its skip message ($$ is the
# test's shell, also inside the $(fetch ...) subshell).
why="$XABI_CACHE/.why.$$"
skip() {
	reason=$*
	[ -s "$why" ] && reason="$reason: $(first_error "$why")"
	rm -f "$why"
	echo "SKIP: $reason"
	exit 77
}

# The first error apt printed (not its warnings), or the first line.
first_error() { grep -m1 '^E:' "$1" || grep -m1 . "$1"; }

# apt bounded: no retries, short timeouts, a ceiling on the whole call, so
# that an unreachable registry costs seconds, not minutes of retries.
APT_BOUNDED="-o Acquire::Retries=0 -o Acquire::http::Timeout=10 -o Acquire::https::Timeout=10"

# apt_download PACKAGE VERSION: into the cache; apt's errors in $why.
apt_download() {
	# shellcheck disable=SC2086
	( cd "$XABI_CACHE" && timeout 60 apt-get $APT_BOUNDED download "$1=$2" >/dev/null 2>"$why" ) ||
		{ [ -s "$why" ] || echo "apt-get download gave no answer in 60 s" >"$why"; return 1; }
}

# Did the last apt call fail to reach the registry (rather than not know
# the version)?
unreachable() {
	grep -qiE "could not (connect|resolve)|failed to fetch|temporary failure|timed out|no answer|unable to connect|connection refused" "$why"
}

# fetch PACKAGE VERSION: print the path of the .deb, downloading it once.
# XABI_REGISTRY=offline (scripts/test.sh sets it when its one probe could
# not reach the registry) skips the download.
fetch() {
	pattern="$XABI_CACHE/$1_$(echo "$2" | sed 's/:/%3a/')_"*.deb
	for f in $pattern; do [ -f "$f" ] && { echo "$f"; return 0; }; done
	if [ "${XABI_REGISTRY:-}" = offline ]; then
		echo "the registry could not be reached when the run began (XABI_REGISTRY=offline)" >"$why"
		return 1
	fi
	if ! apt_download "$1" "$2"; then
		unreachable && return 1
		# The registry answered but the lists here lack the version.
		[ "$(id -u)" -eq 0 ] || return 1
		# shellcheck disable=SC2086
		timeout 120 apt-get $APT_BOUNDED update -qq >/dev/null 2>"$why" || return 1
		apt_download "$1" "$2" || return 1
	fi
	rm -f "$why"
	for f in $pattern; do [ -f "$f" ] && { echo "$f"; return 0; }; done
	return 1
}

# Download every package the real tests use, once, before they run in
# parallel: returns 1, with the reason on standard error, when the
# registry cannot be reached.
fetch_all() {
	for version in "$XEN_OLD" "$XEN_NEW"; do
		for pkg in libxen-dev libxenmisc4.17; do
			fetch $pkg "$version" >/dev/null || {
				echo "$pkg=$version: $(first_error "$why")" >&2
				rm -f "$why"
				return 1
			}
		done
	done
}

# unpack DEB: print a directory holding its files (unpacked once).
unpack() {
	dir="$XABI_CACHE/$(basename "$1" .deb)"
	if [ ! -d "$dir" ]; then
		dpkg-deb -x "$1" "$dir.tmp" && mv "$dir.tmp" "$dir" || return 1
	fi
	echo "$dir"
}
