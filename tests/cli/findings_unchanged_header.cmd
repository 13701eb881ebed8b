# A length doubles in one header: an error there; the record of an unchanged
# header that uses it: a warning ("did not change itself").
xabi diff --arch x86_64,x86_32 --format xml -o $T/r.xml testdata/findings/old testdata/findings/unchanged-header
echo "exit $?"
changes $T/r.xml
