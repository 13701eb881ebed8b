# typedef.removed (error): a typedef is gone.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/typedef.removed/old testdata/catalog/typedef.removed/new
echo "exit $?"
changes $T/r.xml
