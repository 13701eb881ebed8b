# record.align-changed (error): same size and fields, stricter alignment.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/record.align-changed/old testdata/catalog/record.align-changed/new
echo "exit $?"
changes $T/r.xml
