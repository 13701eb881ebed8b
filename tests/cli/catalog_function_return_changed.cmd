# function.return-changed (error): same parameters, another return type.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/function.return-changed/old testdata/catalog/function.return-changed/new
echo "exit $?"
changes $T/r.xml
