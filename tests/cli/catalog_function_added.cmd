# function.added (info): a new prototype.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/function.added/old testdata/catalog/function.added/new
echo "exit $?"
changes $T/r.xml
