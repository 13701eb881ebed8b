# A libabigail property xabi lacks: the suppression is ignored, with a warning naming the line.
xabi diff --arch x86_64,x86_32 --rules testdata/policy/abigail-unsupported.rules --format xml -o $T/r.xml testdata/policy/old testdata/policy/guest-ungated
echo "exit $?"
