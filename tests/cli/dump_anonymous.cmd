# Tags without names give the same facts on every LLVM version (the suite
# runs on two), with no path or column in any fact.
xabi dump --profile c --arch x86_64,x86_32 --format tsv testdata/anonymous
# Two copies in folders of different depths: the same dump, so no change.
mkdir -p $T/a $T/deeper/b && cp testdata/anonymous/anon.h $T/a/ && cp testdata/anonymous/anon.h $T/deeper/b/
xabi dump --profile c -q $T/a -o $T/a.xml && xabi dump --profile c -q $T/deeper/b -o $T/b.xml
echo "locations in the dumps: $(cat $T/a.xml $T/b.xml | grep -c -e 'anon\.h:[0-9]' -e "$T" -e unnamed)"
cmp $T/a.xml $T/b.xml && echo "dumps identical"
xabi diff --profile c $T/a $T/deeper/b; echo "exit $?"
