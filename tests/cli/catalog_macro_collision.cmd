# macro.collision (warning): a new macro takes a value another name of its family already has.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/macro.collision/old testdata/catalog/macro.collision/new
echo "exit $?"
changes $T/r.xml
