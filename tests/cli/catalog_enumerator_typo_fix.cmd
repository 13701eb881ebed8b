# A typo fixed in an enumerator's description is no change at all (exit 0).
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/enumerator.typo-fix/old testdata/catalog/enumerator.typo-fix/new
echo "exit $?"
changes $T/r.xml
