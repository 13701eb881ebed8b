# enumerator.removed (error): an enumerator is gone and its value not reused.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/enumerator.removed/old testdata/catalog/enumerator.removed/new
echo "exit $?"
changes $T/r.xml
