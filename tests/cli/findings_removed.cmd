# A record is removed: one error, explaining its typedef and handle type.
# A scenario holds only the headers it changes: the new tree is old/ with them.
tree() { mkdir -p $T/$1 && cp -r testdata/findings/old/. testdata/findings/$1/. $T/$1/ && echo $T/$1; }
xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/findings/old $(tree removed)
echo "exit $?"
changes $T/r.xml
