# field.type-changed (error): int32_t becomes uint32_t, same size and offset.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/field.type-changed/old testdata/catalog/field.type-changed/new
echo "exit $?"
changes $T/r.xml
