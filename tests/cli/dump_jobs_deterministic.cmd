# The dump does not depend on the number of threads.
xabi dump -j1 testdata/hvmmem/4.8 -o $T/j1.xml &&
xabi dump -j2 testdata/hvmmem/4.8 -o $T/j2.xml &&
xabi dump -j8 testdata/hvmmem/4.8 -o $T/j8.xml &&
cmp $T/j1.xml $T/j2.xml && cmp $T/j1.xml $T/j8.xml && echo identical
