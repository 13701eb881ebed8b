# --version-macro finds partitions in a plain C header too.
xabi versions --profile c --version-macro MYLIB_API_VERSION testdata/plain-c
