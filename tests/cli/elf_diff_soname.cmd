# libw.so.1 -> libw.so.2: the SONAME changed (a warning), k went from a
# function to data and m is exported at W_2 only (errors).
xabi diff $XABI_ELF/w1/libw.so $XABI_ELF/w2/libw.so
