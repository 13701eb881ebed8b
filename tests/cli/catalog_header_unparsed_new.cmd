# header.unparsed-new (warning): a new header does not parse.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/header.unparsed-new/old testdata/catalog/header.unparsed-new/new
echo "exit $?"
changes $T/r.xml
