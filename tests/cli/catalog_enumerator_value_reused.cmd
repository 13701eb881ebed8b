# enumerator.value-reused (error): a value gets a new name and a different description.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/enumerator.value-reused/old testdata/catalog/enumerator.value-reused/new
echo "exit $?"
changes $T/r.xml
