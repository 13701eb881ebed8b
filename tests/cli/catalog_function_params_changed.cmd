# function.params-changed (error): same return type, a parameter appended.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/function.params-changed/old testdata/catalog/function.params-changed/new
echo "exit $?"
changes $T/r.xml
