# Missing paths, dangling symbolic links, a symlink loop inside a tree.
ln -s $T/nowhere $T/dangling
xabi dump $T/dangling; echo "dangling: exit $?"
mkdir -p $T/tree && cp -r testdata/hvmmem/4.7/. $T/tree/ && ln -s loop $T/tree/loop && ln -s ../tree $T/tree/hvm/up
ln -s a.h $T/tree/b.h && ln -s b.h $T/tree/a.h
xabi dump -q $T/tree -o $T/t.xml; echo "symlink loops: exit $?"
xabi dump -q --format tsv $T/tree | cut -f5 | cut -d: -f1 | sort -u
