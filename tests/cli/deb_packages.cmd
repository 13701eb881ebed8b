# Two versions of a package, built here with dpkg-deb from the fixtures: headers
# and libraries in one report, which starts with a line per package.
for v in 1 2; do
  d=$T/pkg$v; mkdir -p $d/DEBIAN $d/usr/include/xen $d/usr/lib/x86_64-linux-gnu
  printf "Package: libfixture-dev\nVersion: $v.0-1\nArchitecture: amd64\nMaintainer: xabi tests <t@t>\nDescription: fixture\n" > $d/DEBIAN/control
  cp $XABI_ELF/v$v/libv.so $d/usr/lib/x86_64-linux-gnu/libv.so.1
done
cp -r testdata/hvmmem/4.6/. $T/pkg1/usr/include/xen/
cp -r testdata/hvmmem/4.7/. $T/pkg2/usr/include/xen/
dpkg-deb --root-owner-group --build $T/pkg1 $T/old.deb >/dev/null
dpkg-deb --root-owner-group --build $T/pkg2 $T/new.deb >/dev/null
xabi diff -q $T/old.deb $T/new.deb; echo "exit $?"
xabi diff -q --format xml -o $T/r.xml $T/old.deb $T/new.deb
changes $T/r.xml
grep -o "<package [^>]*>\|<library [^>]*>" $T/r.xml
# A package gone from the new side is one finding: its first library speaks
# for the package (how many libraries and symbols it took away) and the
# others are listed under it.
d=$T/rt; mkdir -p $d/DEBIAN $d/usr/lib/x86_64-linux-gnu $T/olds $T/news
printf "Package: libfixture1\nVersion: 1.0-1\nArchitecture: amd64\nMaintainer: xabi tests <t@t>\nDescription: fixture\n" > $d/DEBIAN/control
cp $XABI_ELF/v1/libv.so $d/usr/lib/x86_64-linux-gnu/libv.so.1
cp $XABI_ELF/u/libu.so $d/usr/lib/x86_64-linux-gnu/libu.so.1
dpkg-deb --root-owner-group --build $d $T/olds/rt.deb >/dev/null
rm $T/pkg1/usr/lib/x86_64-linux-gnu/libv.so.1 $T/pkg2/usr/lib/x86_64-linux-gnu/libv.so.1
dpkg-deb --root-owner-group --build $T/pkg1 $T/olds/dev.deb >/dev/null
dpkg-deb --root-owner-group --build $T/pkg1 $T/news/dev.deb >/dev/null
xabi diff -q $T/olds $T/news | grep -v '^    '
xabi diff -q --format xml -o $T/g.xml $T/olds $T/news
changes $T/g.xml
