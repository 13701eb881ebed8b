# 4.7 -> 4.8: HVMMEM_ioreq_server = 4 is added (info) and nothing else:
# the retirement of value 3 is not news, 4.7 already had it.
xabi diff --format xml -o $T/r.xml testdata/hvmmem/4.7 testdata/hvmmem/4.8
echo "exit $?"
changes $T/r.xml
