# A dump stands in for the tree: TSV from a dump equals TSV from the tree.
xabi dump testdata/hvmmem/4.7 -o $T/a.xml &&
xabi dump --format tsv testdata/hvmmem/4.7 > $T/tree.tsv &&
xabi dump --format tsv $T/a.xml > $T/dump.tsv &&
cmp $T/tree.tsv $T/dump.tsv && echo identical
