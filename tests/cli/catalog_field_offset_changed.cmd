# field.offset-changed (error): two fields swap places.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/field.offset-changed/old testdata/catalog/field.offset-changed/new
echo "exit $?"
changes $T/r.xml
