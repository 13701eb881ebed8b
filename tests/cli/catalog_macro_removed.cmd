# macro.removed (error): an integer macro is gone and its value not reused.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/macro.removed/old testdata/catalog/macro.removed/new
echo "exit $?"
changes $T/r.xml
