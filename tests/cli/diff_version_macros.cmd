# Macros that name the headers' own version (the c profile's
# [version-macros]) change with every release: info, saying so. A macro
# consumers compile in stays an error. Without the section, errors.
xabi diff --profile c --format xml -o $T/r.xml testdata/version-macros/old testdata/version-macros/new
echo "exit $?"
changes $T/r.xml
xabi diff --profile c testdata/version-macros/old testdata/version-macros/new | grep -o 'MYLIB_VERNUM.*'
sed '/^\[version-macros\]/,$d' rules/c.profile > $T/none.profile
xabi diff --profile $T/none.profile -q testdata/version-macros/old testdata/version-macros/new | tail -1
