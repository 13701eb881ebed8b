# The help of compat.
xabi compat --help
