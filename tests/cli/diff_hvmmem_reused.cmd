# 4.6 -> the rejected v2 proposal: value 3 is reused for HVMMEM_ioreq_server
# (error) and is ambiguous between interface versions (error): exit 12.
xabi diff --format xml -o $T/r.xml testdata/hvmmem/4.6 testdata/hvmmem/v2
echo "exit $?"
changes $T/r.xml
