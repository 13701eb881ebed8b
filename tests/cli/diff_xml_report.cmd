# The whole XML report of the v2 proposal (validated against the schema).
xabi diff --format xml testdata/hvmmem/4.6 testdata/hvmmem/v2
