# The JUnit report: one testcase per header, a failure for errors.
xabi diff --format junit testdata/hvmmem/4.6 testdata/hvmmem/v2
