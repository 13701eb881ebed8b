# Reports do not depend on the number of threads, run after run.
for j in 1 2 8; do xabi diff -j$j --format xml -o $T/r$j.xml testdata/hvmmem/4.6 testdata/hvmmem/v2; done
xabi diff -j2 --format xml -o $T/again.xml testdata/hvmmem/4.6 testdata/hvmmem/v2
cmp $T/r1.xml $T/r2.xml && cmp $T/r1.xml $T/r8.xml && cmp $T/r1.xml $T/again.xml && echo identical
