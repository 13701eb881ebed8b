# On a hosted profile the cache key covers the C library (its features.h):
# the same tree read against an upgraded libc is parsed again, not read
# from an entry made with the old one.
cp -r testdata/hosted/sysroot $T/sysroot
printf '#define __GLIBC__ 2\n#define __GLIBC_MINOR__ 36\n' > $T/sysroot/usr/include/features.h
said() { tr '\r' '\n' < $T/err | grep -a 'from the cache' | sed 's/^.*xabi:/xabi:/; s/[0-9a-f]\{64\}/KEY/g; s#'$T'#$T#g'; }
for libc in 36 36 41; do
	sed -i "s/__GLIBC_MINOR__ .*/__GLIBC_MINOR__ $libc/" $T/sysroot/usr/include/features.h
	xabi diff --progress --profile c --sysroot $T/sysroot --cache $T/cache -o $T/r.txt testdata/hosted/old testdata/hosted/old 2>$T/err
	echo "glibc 2.$libc: exit $?"; said
done
echo "$(ls $T/cache | wc -l) cache entries"
