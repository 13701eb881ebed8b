# macro.value-reused (error): a value of a family gets a new name and a different description.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/macro.value-reused/old testdata/catalog/macro.value-reused/new
echo "exit $?"
changes $T/r.xml
