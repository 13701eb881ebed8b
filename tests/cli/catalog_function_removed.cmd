# function.removed (error): a prototype is gone.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/function.removed/old testdata/catalog/function.removed/new
echo "exit $?"
changes $T/r.xml
