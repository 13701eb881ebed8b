# The help of history lists its options and the exit status bits.
xabi history --help
