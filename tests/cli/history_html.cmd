# xabi history --format html: a static page, rendered by a real browser
# (Debian's chromium, headless) to check what a reader sees: the timeline
# with a row per pair, the findings grouped by root change with file and
# line, the changes a root explains in <details>, the entity's timeline,
# and names from the inputs escaped. Skipped (77) without chromium.
command -v chromium >/dev/null 2>&1 || { echo "chromium is not installed" >&2; exit 77; }
xabi history --no-progress --format html -o "$T/out" --entity hvmmem_type_t \
	testdata/hvmmem/4.6 testdata/hvmmem/v2 testdata/hvmmem/4.7 testdata/hvmmem/4.8
echo "exit status $?"
browse() {
	timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking --disable-component-update \
		--disable-sync --user-data-dir="$T/chr" "$@" "file://$T/out/index.html" 2>/dev/null
}
browse --dump-dom >"$T/dom.html" || { echo "chromium failed" >&2; exit 1; }
# What the page says, a line per table row, heading, paragraph or item.
sed -e 's/<\/\(tr\|h[1-3]\|p\|li\|summary\|caption\)>/&\n/g' "$T/dom.html" |
	sed -e 's/<br>/ | /g; s/<\/t[dh]>/ /g; s/<[^>]*>//g; s/&gt;/>/g; s/&lt;/</g; s/&amp;/\&/g' |
	sed -e 's/ *$//; /^$/d' >"$T/text"
echo "-- title and timeline"
sed -n '/^ABI history/p; /^releases /,/^hvmmem_type_t across/p' "$T/text"
echo "-- the entity in 4.7"
sed -n '/^4\.7$/,/^4\.8$/p' "$T/text"
echo "-- the findings of 4.6 -> v2, errors open, explained changes folded"
sed -n '/^4\.6 → v2$/,/^v2 → 4\.7$/p' "$T/text" | sed '$d'
grep -c '<details' "$T/dom.html" | sed 's/^/details elements: /'
grep -Ec '<(script|link|img|iframe)|https?:' "$T/dom.html" | sed 's/^/external references: /'
browse --screenshot="$T/shot.png" --window-size=1200,1600 >/dev/null
head -c 8 "$T/shot.png" | od -An -c | tr -s ' ' | sed 's/^/screenshot: /'
# Text from the inputs is text: a comment holding <script> and <b> is shown
# as written, and the page holds no element the inputs made. COLOUR_RED
# is the same in both releases: the second says so instead of repeating it.
xabi history --no-progress -P c --format html -o "$T/out" --entity COLOUR_RED \
	testdata/history/escape/old testdata/history/escape/new
echo "exit status $?"
browse --dump-dom >"$T/dom.html"
grep -c '<script' "$T/dom.html" | sed 's/^/script elements: /'
grep -c '<b>red' "$T/dom.html" | sed 's/^/b elements from a comment: /'
grep -o 'description changed from[^<]*' "$T/dom.html"
grep -o 'unchanged since [^<]*' "$T/dom.html"
