# typedef.type-changed (error): a typedef names a wider type.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/typedef.type-changed/old testdata/catalog/typedef.type-changed/new
echo "exit $?"
changes $T/r.xml
