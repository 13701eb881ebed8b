# field.size-changed (error): a field keeps its struct type but that struct grew.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/field.size-changed/old testdata/catalog/field.size-changed/new
echo "exit $?"
changes $T/r.xml
