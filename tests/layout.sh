#!/bin/sh
# SPDX-License-Identifier: MIT
# The rooms of the code and the arrows between them are as docs/design.md
# ("Rooms and arrows") says: every include of lib/ points to the same room
# or to one on a lower floor that the table lists under "builds on"; cmd/
# includes only public headers (xabi/...) and its own; a file of lib/ over
# 500 lines says why at its top ("One file past 500 lines: ...").
#
#   tests/layout.sh [REPO]     (default: the checkout this script is in)
set -u
repo=${1:-$(dirname "$0")/..}
cd "$repo" || exit 2

# room floor builds-on... and header room, from the table.
table=$(awk '
	/^## Rooms and arrows/ { on = 1; next }
	on && /^## / { exit }
	on && /^\| [0-9]+ \| `/ {
		n = split($0, col, "|")
		floor = col[2]; gsub(/[ `]/, "", floor)
		room = col[3]; gsub(/[ `]/, "", room)
		deps = col[6]; gsub(/,/, " ", deps); gsub(/public headers only/, "", deps)
		print "room", room, floor, deps
		m = split(col[4], hdr, " ")
		for (i = 1; i <= m; i++) { h = hdr[i]; gsub(/`/, "", h); if (h != "") print "header", h, room }
	}' docs/design.md)
[ -n "$table" ] || { echo "layout: no rooms table in docs/design.md" >&2; exit 1; }

# Every include as "file room target-room include".
includes() {
	for f in lib/*/*.c lib/*/*.h cmd/xabi/*.c cmd/xabi/*.h; do
		case $f in lib/include/*) continue ;; esac
		room=${f#*/}; room=${room%%/*}
		[ "${f%%/*}" = cmd ] && room=cmd
		sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f" | while read -r inc; do
			echo "$f $room $inc"
		done
	done
}

includes | awk -v table="$table" '
	BEGIN {
		n = split(table, line, "\n")
		for (i = 1; i <= n; i++) {
			k = split(line[i], w, " ")
			if (w[1] == "room") {
				floor[w[2]] = w[3]
				for (j = 4; j <= k; j++) builds[w[2] " " w[j]] = 1
			} else if (w[1] == "header") {
				owner[w[2]] = w[3]
			}
		}
	}
	{
		file = $1; room = $2; inc = $3
		if (!(room in floor)) { print "layout: " file ": room " room " is not in the table"; bad = 1; next }
		if (inc ~ /^xabi\//) {
			if (!(inc in owner)) { print "layout: " file ": " inc " has no room in the table"; bad = 1; next }
			target = owner[inc]
		} else if (inc ~ /\//) {
			target = inc; sub(/^\.\.\//, "", target); sub(/\/.*/, "", target)
			if (room == "cmd") { print "layout: " file ": cmd/ includes the internal " inc; bad = 1; next }
		} else {
			target = room
		}
		if (target == room || room == "cmd")
			next
		if (floor[target] + 0 >= floor[room] + 0)
			{ print "layout: " file " (" room ", floor " floor[room] ") includes " inc " (" target ", floor " floor[target] "): an arrow up"; bad = 1 }
		else if (!((room " " target) in builds))
			{ print "layout: " file ": " room " builds on " target " (" inc "), which the table does not list"; bad = 1 }
	}
	END { exit bad }'
status=$?

# A file of lib/ over 500 lines says at its top why it is one file.
for f in lib/*/*.c lib/*/*.h; do
	[ "$(wc -l < "$f")" -gt 500 ] || continue
	head -40 "$f" | grep -q "One file past 500 lines" ||
		{ echo "layout: $f has $(wc -l < "$f") lines and no reason at its top"; status=1; }
done
[ $status -eq 0 ] && echo "layout: every arrow points down, as docs/design.md says"
exit $status
