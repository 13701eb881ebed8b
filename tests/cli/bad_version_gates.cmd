# Version gates written through parentheses, arithmetic, an alias macro or
# a function-like macro made no partition (pinned guests were never
# evaluated), and "V >= 0x30000 + 0x500" was read as ">= 0x30000". They are
# evaluated as the preprocessor would now; one that no evaluation can
# decide is named with file and line.
cp -r testdata/hvmmem/4.7 $T/tree && cp testdata/bad/version-gates/gates.h $T/tree/
xabi versions $T/tree; echo "exit $?"
xabi dump -q --format tsv --arch x86_64 --audience guest $T/tree | grep "^record.*_gate" | cut -f3,6
