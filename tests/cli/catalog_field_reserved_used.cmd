# field.reserved-used (info): a padding field is given a name and a meaning.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/field.reserved-used/old testdata/catalog/field.reserved-used/new
echo "exit $?"
changes $T/r.xml
