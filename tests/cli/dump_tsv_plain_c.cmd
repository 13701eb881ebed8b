# A plain C header with its own version macro: a field at 2, an enumerator at 3.
xabi dump --profile c --version-macro MYLIB_API_VERSION --format tsv testdata/plain-c
