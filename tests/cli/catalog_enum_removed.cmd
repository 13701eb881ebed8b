# enum.removed (error): an enum type is gone; its enumerators are not listed apart.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/enum.removed/old testdata/catalog/enum.removed/new
echo "exit $?"
changes $T/r.xml
