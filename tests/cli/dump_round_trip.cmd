# Dump, read the dump back, dump again: the same bytes.
xabi dump testdata/hvmmem/4.7 -o $T/a.xml &&
xabi dump $T/a.xml -o $T/b.xml &&
cmp $T/a.xml $T/b.xml && echo identical
