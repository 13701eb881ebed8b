# A comment over 10 MB (libxml2's limit on one attribute value unless told
# otherwise) on a macro: the dump xabi writes reads back, and compares equal
# to the headers it came from. Made here: 10.5 MB.
mkdir $T/tree
{ printf '/* '; yes 'a long comment' | head -n 700000 | tr '\n' ' '; printf '*/\n#define HUGE_COMMENTED 1\n'; } >$T/tree/huge.h
xabi dump -q --profile c $T/tree -o $T/huge.xml; echo "dump: exit $?"
[ $(wc -c <$T/huge.xml) -gt 10000000 ] && echo "the dump has over 10 MB"
xabi dump --format tsv $T/huge.xml; echo "read back: exit $?"
xabi diff -q --profile c $T/tree $T/huge.xml; echo "headers against their dump: exit $?"
