# Incremental extraction of a header that reads nothing of the prelude that
# changes with the interface version: one parse per arch and audience, not
# one per partition of the prelude's conditions. One that reads a name the
# prelude changes at a version splits there only; one that reads a macro
# with no fact to say where it changes splits at every prelude threshold.
# Each report is the same as with --full-parse.
# The scenario's tree takes its xen-compat.h from hvmmem's.
base=$T/base && mkdir -p $base && cp -r testdata/hvmmem/4.7/xen-compat.h testdata/incremental/prelude-gates/base/. $base/
for scenario in trace event attr; do
	mkdir -p $T/$scenario && cp -r $base/. testdata/incremental/prelude-gates/$scenario/. $T/$scenario/
	xabi diff --progress --format xml -o $T/incremental.xml $base $T/$scenario 2>$T/err
	echo "$scenario: exit $?"
	tr '\r' '\n' < $T/err | grep -a parses | sed 's/^.*xabi:/xabi:/'
	xabi diff --full-parse --format xml -o $T/full.xml $base $T/$scenario
	cmp $T/incremental.xml $T/full.xml && echo "  the same report as --full-parse"
	changes $T/full.xml
done
