# record.kind-changed (error): a struct becomes a union with the same layout.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/record.kind-changed/old testdata/catalog/record.kind-changed/new
echo "exit $?"
changes $T/r.xml
