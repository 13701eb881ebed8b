# header.removed (error): a header is gone; one error explaining each removal.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/header.removed/old testdata/catalog/header.removed/new
echo "exit $?"
changes $T/r.xml
