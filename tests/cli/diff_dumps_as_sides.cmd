# Two dumps give the same changes as the two trees.
xabi dump testdata/hvmmem/4.6 -o $T/old.xml
xabi dump testdata/hvmmem/v2 -o $T/new.xml
xabi diff --format xml -o $T/dumps.xml $T/old.xml $T/new.xml
echo "dumps: exit $?"
xabi diff --format xml -o $T/trees.xml testdata/hvmmem/4.6 testdata/hvmmem/v2
echo "trees: exit $?"
changes $T/dumps.xml > $T/dumps.txt && changes $T/trees.xml > $T/trees.txt &&
cmp $T/dumps.txt $T/trees.txt && echo "same changes"
