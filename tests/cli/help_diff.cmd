# The help of diff.
xabi diff --help
