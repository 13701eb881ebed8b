# A package that unpacks to far more than it weighs: a header of 70 MiB of
# zeros, 70 KiB in the package. Refused while unpacking, before the data
# reaches TMPDIR, naming the package and the member; nothing is left
# behind. Made here (a sparse file, gzip -1). The limits on libraries and
# on a whole unpack are tested in test_source.
mkdir -p $T/pkg/DEBIAN $T/pkg/usr/include/xen $T/tmp
printf "Package: libbomb-dev\nVersion: 1.0-1\nArchitecture: amd64\nMaintainer: xabi <t@t>\nDescription: bomb\n" >$T/pkg/DEBIAN/control
cp testdata/hvmmem/4.7/xen.h $T/pkg/usr/include/xen/
truncate -s 70M $T/pkg/usr/include/xen/bomb.h
dpkg-deb -Zgzip -z1 --root-owner-group --build $T/pkg $T/bomb.deb >/dev/null
rm -r $T/pkg
[ $(wc -c <$T/bomb.deb) -lt 1000000 ] && echo "bomb.deb: under 1 MB"
TMPDIR=$T/tmp xabi dump -q $T/bomb.deb -o $T/out.xml; echo "bomb.deb: exit $?"
echo "left in TMPDIR: $(ls -A $T/tmp | wc -l)"
