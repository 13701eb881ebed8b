# enumerator.meaning-changed (warning): same name and value, the description says something else.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/enumerator.meaning-changed/old testdata/catalog/enumerator.meaning-changed/new
echo "exit $?"
changes $T/r.xml
