# Incremental extraction: the new side parses only the headers a patch
# changed (testdata/incremental), taking the others' facts from the old
# side, a tree or a dump; the report is the same as with --full-parse.
# A change the prelude reads parses everything, where it reads it; so does
# a changed header that reads other files than it did.
tree() { mkdir -p $T/$1 && cp -r testdata/hvmmem/4.7/. testdata/incremental/$1/. $T/$1/ && echo $T/$1; }
said() { tr '\r' '\n' < $T/err | grep -a parses | sed 's/^.*xabi:/xabi:/'; }
xabi dump -q testdata/hvmmem/4.7 -o $T/old.xml
for scenario in hvm-op new-header new-include arch-x86; do
	new=$(tree $scenario)
	for old in testdata/hvmmem/4.7 $T/old.xml; do
		xabi diff --progress --format xml -o $T/incremental.xml $old $new 2>$T/err
		echo "$scenario from $old: exit $?"; said
		xabi diff --full-parse --format xml -o $T/full.xml $old $new
		cmp $T/incremental.xml $T/full.xml && echo "  the same report as --full-parse"
	done
	changes $T/full.xml
done
