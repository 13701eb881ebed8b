# record.removed (error): a struct is gone; its fields are not listed apart.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/record.removed/old testdata/catalog/record.removed/new
echo "exit $?"
changes $T/r.xml
