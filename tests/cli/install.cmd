# cmake --install gives the binary, a man page per command and xabi(1), bash
# completion, and the schemas and profiles under share/xabi (which the
# binary never reads: they are compiled in). Each page renders without a
# warning, and says what --help says: every word of --help, in order,
# appears in the rendered page (headings aside). Needs man (man-db).
command -v man >/dev/null || { echo "man is not installed (Debian: man-db)" >&2; exit 77; }
cmake --install "$XABI_BUILD" --prefix $T/p >/dev/null || echo "install failed"
(cd $T/p && find . -type f | sort)
words() { tr -s ' \t\n' '\n\n\n' | grep -v '^$'; }
# Is the word list $1 a subsequence of $2? Prints the first word missing.
in_order() {
	awk 'BEGIN { i = n = 0 } NR == FNR { want[n++] = $0; next } i < n && $0 == want[i] { i++ }
	     END { if (i < n) print "missing: " want[i] " (word " i + 1 ")" }' "$1" "$2"
}
page() {
	LC_ALL=C MANWIDTH=80 man --warnings -l "$1" 2>$T/warn | col -b | words >$T/man.words
	[ -s $T/warn ] && { echo "$1: warnings:"; cat $T/warn; }
	in_order $T/help.words $T/man.words >$T/missing
	[ -s $T/missing ] && cat $T/missing || echo "as --help says"
}
xabi --help | sed 's/^usage: //; /^Commands:$/d' | words >$T/help.words
echo "xabi.1: $(page $T/p/share/man/man1/xabi.1)"
for c in $(xabi --help | sed -n 's/^  \([a-z]*\)  .*/\1/p'); do
	xabi $c --help | sed 's/^usage: //; /^Options:$/d; /^Examples:$/d; s/^Exit status: //' |
		words >$T/help.words
	echo "xabi-$c.1: $(page $T/p/share/man/man1/xabi-$c.1)"
done
# Completion: commands, options of the command, formats of -o and --format.
complete() {
	(cd $T/p && bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _xabi
		 echo "$*: ${COMPREPLY[*]}"' sh $T/p/share/bash-completion/completions/xabi "$@")
}
complete xabi d
complete xabi diff --for
complete xabi diff --format ''
complete xabi dump -o ''
complete xabi versions --v
# Without share/xabi the binary still has its profiles and schemas.
rm -r $T/p/share/xabi
$T/p/bin/xabi dump -q testdata/hvmmem/4.6 -o $T/d.xml && echo "dump without share/xabi: ok"
