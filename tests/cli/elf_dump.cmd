# Libraries in a dump and in TSV: the library and its symbols, with versions.
xabi dump --format tsv $XABI_ELF/v2/libv.so
