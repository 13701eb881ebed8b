# String and function-like macros are facts: removals and changes are found,
# respellings (blanks, comments, parameter names) and #undef'd helpers are not.
xabi diff --profile c --format xml -o $T/r.xml testdata/text-macros/old testdata/text-macros/new
echo "exit $?"
changes $T/r.xml
xabi dump --profile c --format tsv testdata/text-macros/new | grep '^macro'
