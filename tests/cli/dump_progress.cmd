# --progress shows "[done/total] configuration" on standard error; -q shows none.
xabi dump --progress -j1 testdata/hvmmem/4.7 -o $T/a.xml 2>&1 | tr "\r" "\n" | grep -a -o "\[[0-9]*/[0-9]*\] [a-z0-9_]* [a-z]*" | sort -u
xabi dump -q testdata/hvmmem/4.7 -o $T/b.xml 2>&1 | wc -c
