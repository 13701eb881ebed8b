# A tree against its own dump, both ways: no change, exit 0.
xabi dump testdata/hvmmem/4.8 -o $T/a.xml &&
xabi diff -q testdata/hvmmem/4.8 $T/a.xml && xabi diff -q $T/a.xml testdata/hvmmem/4.8 &&
echo "no change either way"
