# macro.renamed (warning): same value in the same family and description, new name.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/macro.renamed/old testdata/catalog/macro.renamed/new
echo "exit $?"
changes $T/r.xml
