# 'xabi versions' takes every SOURCE the other commands take: a tree, a
# dump (partitions only: it does not record which headers made them), a
# .deb, a folder of .debs, git:REV; a library has no versions.
src=$(pwd)
tree=testdata/hvmmem/4.7
xabi dump -q $tree -o $T/d.xml
xabi versions $T/d.xml
d=$T/pkg; mkdir -p $d/DEBIAN $d/usr/include/xen $T/debs
printf "Package: libfixture-dev\nVersion: 1.0-1\nArchitecture: amd64\nMaintainer: xabi tests <t@t>\nDescription: fixture\n" >$d/DEBIAN/control
cp -r $tree/. $d/usr/include/xen/
dpkg-deb --root-owner-group --build $d $T/debs/fixture.deb >/dev/null
xabi versions $tree | tail -n +2 >$T/tree.txt
xabi versions $T/debs/fixture.deb | tail -n +2 | cmp -s - $T/tree.txt && echo ".deb: as the tree"
xabi versions $T/debs | tail -n +2 | cmp -s - $T/tree.txt && echo "folder of .debs: as the tree"
mkdir $T/repo && cd $T/repo && git init -q . && cp -r $src/$tree/. . && git add -A &&
	git -c user.name=t -c user.email=t@t commit -qm 4.7 &&
	xabi versions git:HEAD | tail -n +2 | cmp -s - $T/tree.txt && echo "git:HEAD: as the tree"
cd $src
xabi versions $XABI_ELF/v1/libv.so; echo "library: exit $?"
# Progress says which side each count is of.
xabi diff --progress -j1 testdata/hvmmem/4.6 $tree 2>&1 >/dev/null | tr '\r' '\n' |
	sed -n 's/^\x1b\[K\[\([a-z]*\) [0-9]*\/\([0-9]*\)\].*/\1 of \2/p' | sort -u
