# field.renamed (warning): same offset and type, new name.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/field.renamed/old testdata/catalog/field.renamed/new
echo "exit $?"
changes $T/r.xml
