# The text report: grouped by severity, one line per change with an indented
# detail, a summary line at the end.
xabi diff testdata/hvmmem/4.6 testdata/hvmmem/v2
