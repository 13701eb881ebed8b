# macro.type-changed (warning): value kept, type widened from int to unsigned long long.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/macro.type-changed/old testdata/catalog/macro.type-changed/new
echo "exit $?"
changes $T/r.xml
