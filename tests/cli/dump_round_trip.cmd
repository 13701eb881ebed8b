# Dump, read the dump back, dump again: the same bytes. A hand-edited dump
# whose facts are out of order, one of them listed twice, reads back as the
# same corpus: the copy is merged and the facts are sorted again.
xabi dump testdata/hvmmem/4.7 -o $T/a.xml &&
xabi dump $T/a.xml -o $T/b.xml &&
cmp $T/a.xml $T/b.xml && echo identical
awk '/<\/facts>/ { for (i = n; i >= 1; i--) print f[i]; print f[1]; infacts = 0 }
     infacts { f[++n] = $0; next }
     { print } /<facts>/ { infacts = 1 }' $T/a.xml > $T/shuffled.xml
echo "shuffled: $(grep -c 'where=' $T/shuffled.xml) fact lines, $(grep -c 'where=' $T/a.xml) facts"
xabi dump $T/shuffled.xml -o $T/c.xml && cmp $T/a.xml $T/c.xml && echo "identical after sorting"
