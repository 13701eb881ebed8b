# 4.6 -> 4.7: value 3 is retired (warning), both for consumers at the new
# versions (pinned, latest) and, by the run-time rule, for those still at the
# old ones. Warnings only: exit 4, not 8.
xabi diff --format xml -o $T/r.xml testdata/hvmmem/4.6 testdata/hvmmem/4.7
echo "exit $?"
changes $T/r.xml
