# A record filling a shared page grows at its end: info; the same field in
# the middle moves the others: an error (testdata/findings/README.md).
# A scenario holds only the headers it changes: the new tree is old/ with them.
tree() { mkdir -p $T/$1 && cp -r testdata/findings/old/. testdata/findings/$1/. $T/$1/ && echo $T/$1; }
for s in shared-page shared-page-insert; do
	xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/findings/old $(tree $s)
	echo "$s: exit $?"
	changes $T/r.xml
done
