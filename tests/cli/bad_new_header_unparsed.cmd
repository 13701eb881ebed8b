# A header that is new and does not parse was missing from the report
# (exit 0): it is a header.unparsed warning now (no consumer of it exists
# yet, so not an error), and what it declares is not reported as added.
cp -r testdata/hvmmem/4.7 $T/new
printf 'struct half { int a; };\nint oops(;\n' > $T/new/half.h
xabi diff -q testdata/hvmmem/4.7 $T/new; echo "exit $?"
xabi diff -q --format xml -o $T/r.xml testdata/hvmmem/4.7 $T/new; echo "exit $?"
changes $T/r.xml
