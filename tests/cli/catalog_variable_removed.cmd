# variable.removed (error): a variable is gone.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/variable.removed/old testdata/catalog/variable.removed/new
echo "exit $?"
changes $T/r.xml
