# A record filling a shared page grows at its end: info; the same field in
# the middle moves the others: an error (testdata/findings/README.md).
for s in shared-page shared-page-insert; do
	xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/findings/old testdata/findings/$s
	echo "$s: exit $?"
	changes $T/r.xml
done
