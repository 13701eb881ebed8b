# --cache DIR keeps each tree's extraction as a dump named by its contents
# and reads it back the next time: the second run parses nothing, and its
# report is the same. A damaged entry is said and parsed again. DIR is
# made with its parents.
new=$T/new && mkdir -p $new && cp -r testdata/hvmmem/4.7/. testdata/incremental/hvm-op/. $new/
said() { tr '\r' '\n' < $T/err | grep -a 'xabi:' | sed 's/^.*xabi:/xabi:/; s/[0-9a-f]\{64\}/KEY/g'; }
xabi diff --progress --cache $T/ci/cache --format xml -o $T/first.xml testdata/hvmmem/4.7 $new 2>$T/err
echo "first: exit $?"; said
ls $T/ci/cache | sed 's/[0-9a-f]\{64\}/KEY/' | sort | uniq -c
xabi diff --progress --cache $T/ci/cache --format xml -o $T/second.xml testdata/hvmmem/4.7 $new 2>$T/err
echo "second: exit $?"; said
cmp $T/first.xml $T/second.xml && echo "the same report"
for f in $T/ci/cache/*.abi.xml; do echo garbage > $f; done
xabi diff --progress --cache $T/ci/cache --format xml -o $T/third.xml testdata/hvmmem/4.7 $new 2>$T/err
echo "damaged: exit $?"; said
cmp $T/first.xml $T/third.xml && echo "the same report"
