# typedef.added (info): a new typedef.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/typedef.added/old testdata/catalog/typedef.added/new
echo "exit $?"
changes $T/r.xml
