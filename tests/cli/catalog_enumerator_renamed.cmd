# enumerator.renamed (warning): same value and description, new name.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/enumerator.renamed/old testdata/catalog/enumerator.renamed/new
echo "exit $?"
changes $T/r.xml
