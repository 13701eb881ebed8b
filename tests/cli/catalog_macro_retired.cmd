# macro.retired (warning): same value in the same family, new name marking it unused.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/macro.retired/old testdata/catalog/macro.retired/new
echo "exit $?"
changes $T/r.xml
