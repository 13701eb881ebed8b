# An unknown option is a usage error (exit 2) with the usage line.
xabi dump --frobnicate testdata/hvmmem/4.7
