# A macro renamed into a sub-family at the same value is macro.renamed; an
# enumerator inserted at an existing value, pushing the old name up, is
# enumerator.value-reused.
xabi diff --profile c --format xml -o $T/r.xml testdata/patterns/renames/old testdata/patterns/renames/new
echo "exit $?"
changes $T/r.xml
