# A libabigail [suppress_type] file: no error left, suppressed counted, exit bit 8 clear.
xabi diff --arch x86_64,x86_32 --rules testdata/policy/suppress-type.rules --format xml -o $T/r.xml testdata/policy/old testdata/policy/guest-ungated
echo "exit $?"
changes $T/r.xml
grep -o 'suppressed="[0-9]*"' $T/r.xml
