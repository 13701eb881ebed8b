# field.type-respelled (info): unsigned long becomes unsigned long long, same size and sign.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/field.type-respelled/old testdata/catalog/field.type-respelled/new
echo "exit $?"
changes $T/r.xml
