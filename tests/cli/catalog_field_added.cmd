# field.added (info): a new field in the tail padding; the record keeps its size.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/field.added/old testdata/catalog/field.added/new
echo "exit $?"
changes $T/r.xml
