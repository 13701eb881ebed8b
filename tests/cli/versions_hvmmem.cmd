# The partitions of the 4.7 fixture: the default (0) and 0x00040700.
xabi versions testdata/hvmmem/4.7
