# header.unparsed (error): a header that parsed no longer does; one error, not a removal of all it declared.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/header.unparsed/old testdata/catalog/header.unparsed/new
echo "exit $?"
changes $T/r.xml
