# macro.body-changed (warning): a function-like macro keeps its parameters, its replacement changes.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/macro.body-changed/old testdata/catalog/macro.body-changed/new
echo "exit $?"
changes $T/r.xml
