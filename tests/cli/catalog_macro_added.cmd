# macro.added (info): a new integer macro.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/macro.added/old testdata/catalog/macro.added/new
echo "exit $?"
changes $T/r.xml
