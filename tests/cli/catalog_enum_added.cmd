# enum.added (info): a new enum type; its enumerators are not listed apart.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/enum.added/old testdata/catalog/enum.added/new
echo "exit $?"
changes $T/r.xml
