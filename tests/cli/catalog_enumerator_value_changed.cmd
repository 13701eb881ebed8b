# enumerator.value-changed (error): same name, new value.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/enumerator.value-changed/old testdata/catalog/enumerator.value-changed/new
echo "exit $?"
changes $T/r.xml
