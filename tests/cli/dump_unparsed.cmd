# A header with a syntax error is noted with file and line, and warned about;
# one that refuses guests by #error is noted as refused, without a warning.
xabi dump testdata/unparsed -o $T/u.xml &&
grep -E "<note|BROKEN|TOOLS_ONLY_VERSION" $T/u.xml
