# entity.audience-changed (error): a struct guests saw is now for the tools only.
xabi diff --profile xen --arch x86_64 --format xml -o $T/r.xml testdata/catalog/entity.audience-changed/old testdata/catalog/entity.audience-changed/new
echo "exit $?"
changes $T/r.xml
