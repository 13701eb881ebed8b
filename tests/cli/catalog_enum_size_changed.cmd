# enum.size-changed (error): a packed enum shrinks from 4 bytes to 1.
xabi diff --profile c --format xml -o $T/r.xml testdata/catalog/enum.size-changed/old testdata/catalog/enum.size-changed/new
echo "exit $?"
changes $T/r.xml
