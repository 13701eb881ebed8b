# variable.type-changed (error): a variable's type changed.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/variable.type-changed/old testdata/catalog/variable.type-changed/new
echo "exit $?"
changes $T/r.xml
