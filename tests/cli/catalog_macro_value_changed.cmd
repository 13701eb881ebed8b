# macro.value-changed (error): two macros keep their names and change value.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/macro.value-changed/old testdata/catalog/macro.value-changed/new
echo "exit $?"
changes $T/r.xml
