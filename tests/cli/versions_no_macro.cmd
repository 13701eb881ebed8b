# The c profile names no version macro unless --version-macro says one.
xabi versions --profile c testdata/layout
