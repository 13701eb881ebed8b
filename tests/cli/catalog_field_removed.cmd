# field.removed (error): the last field is gone and the record shrinks.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/field.removed/old testdata/catalog/field.removed/new
echo "exit $?"
changes $T/r.xml
