# enumerator.retired (warning): same value, new name marking it unused.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/enumerator.retired/old testdata/catalog/enumerator.retired/new
echo "exit $?"
changes $T/r.xml
