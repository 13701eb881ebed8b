# enumerator.added (info): a new enumerator with a fresh value.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/enumerator.added/old testdata/catalog/enumerator.added/new
echo "exit $?"
changes $T/r.xml
