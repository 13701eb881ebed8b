# An anonymous member's record type given a name is field.type-respelled
# (info) when every member keeps its path, type and place; when one member
# lost its path, that member is removed and the type change stays an error.
xabi diff --profile c --format xml -o $T/r.xml testdata/patterns/named-member/old testdata/patterns/named-member/new
echo "exit $?"
changes $T/r.xml
