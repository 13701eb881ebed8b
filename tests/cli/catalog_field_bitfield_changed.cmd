# field.bitfield-changed (error): a bit-field is one bit wider.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/field.bitfield-changed/old testdata/catalog/field.bitfield-changed/new
echo "exit $?"
changes $T/r.xml
