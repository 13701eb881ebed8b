# One run writes several reports: -o FORMAT:FILE is repeatable ('-' is
# standard output), and each report is what a run for that format alone
# writes. Plain -o FILE and --format keep working. A folder that does not
# exist fails the run before any work: the error names the report, not the
# missing source that loading would have stumbled on.
old=testdata/hvmmem/4.6 new=testdata/hvmmem/v2
xabi diff -o junit:$T/j.xml -o codequality:$T/cq.json -o xml:$T/r.xml -o text:- $old $new >$T/all.txt
echo "several: exit $?"
xabi diff --format junit -o $T/j1.xml $old $new
xabi diff --format codequality -o $T/cq1.json $old $new
xabi diff -o $T/r1.xml --format xml $old $new
xabi diff $old $new >$T/all1.txt
for f in j.xml cq.json r.xml all.txt; do
	one=$(echo $f | sed 's/\./1./')
	cmp -s $T/$f $T/$one && echo "$f: same as alone" || echo "$f: differs"
done
# --format with only typed outputs also writes standard output.
xabi diff --format text -o junit:$T/j2.xml $old $new | head -1
cmp -s $T/j.xml $T/j2.xml && echo "j2.xml: same as alone"
# Only typed outputs: nothing on standard output.
xabi diff -o junit:$T/j3.xml $old $new | wc -c
# A colon that names no format is part of the file name.
xabi diff -o $T/plain:name.txt $old $new; ls $T | grep -c 'plain:name.txt'
xabi diff -o xml:$T/no/such/r.xml $old /nonexistent; echo "missing folder: exit $?"
xabi diff -o $T/no/such.txt /nonexistent /nonexistent; echo "missing folder, plain: exit $?"
xabi diff -o xml:$T/x.xml -o junit:$T/x.xml $old $new; echo "same file twice: exit $?"
xabi dump -o xml:$T/d.xml -o tsv:$T/d.tsv $old; echo "dump, two formats: exit $?"
xabi dump --format tsv $old | cmp -s - $T/d.tsv && echo "d.tsv: same as alone"
