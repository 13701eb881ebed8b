# A header that parses on neither side: a warning naming header and reason,
# a remark in the report; the rest is compared.
xabi diff --profile c --format xml -o $T/r.xml testdata/bad/needs-other-package/old testdata/bad/needs-other-package/new; echo "exit $?"
changes $T/r.xml
grep -o "<remark>[^<]*</remark>" $T/r.xml
