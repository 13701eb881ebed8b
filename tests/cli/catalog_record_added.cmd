# record.added (info): a new struct; its fields are not listed apart.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/record.added/old testdata/catalog/record.added/new
echo "exit $?"
changes $T/r.xml
