# An option that needs a value and got none: a usage error naming the
# option as typed, long or short (not "unknown option").
xabi dump --arch; echo "exit $?"
xabi diff -o; echo "exit $?"
