# variable.added (info): a new variable.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/variable.added/old testdata/catalog/variable.added/new
echo "exit $?"
changes $T/r.xml
