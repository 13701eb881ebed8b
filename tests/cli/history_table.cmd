# xabi history: a row per consecutive pair, as xabi diff judges it. The
# fixtures retrace hvmmem_type_t: 4.6 -> 4.7 retires value 3 (a warning),
# 4.7 -> 4.8 adds HVMMEM_ioreq_server (info); the rejected v2 proposal
# reuses value 3 (errors), so its row names its error roots.
xabi history --no-progress testdata/hvmmem/4.6 testdata/hvmmem/4.7 testdata/hvmmem/4.8
echo "exit status $?"
xabi history --no-progress testdata/hvmmem/4.6 testdata/hvmmem/v2 testdata/hvmmem/4.8
