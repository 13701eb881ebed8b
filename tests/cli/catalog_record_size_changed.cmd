# record.size-changed (error): a struct grows because its last array field grows.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/record.size-changed/old testdata/catalog/record.size-changed/new
echo "exit $?"
changes $T/r.xml
