# A header of several megabytes parses (the limit is 64 MiB per header).
mkdir -p $T/big && for i in $(seq 1 40000); do echo "#define BIG_MACRO_$i ($i * 2) /* a comment to make the file larger, line $i */"; done > $T/big/big.h
ls -l $T/big/big.h | awk "{ print (\$5 > 3000000) ? \"over 3 MB\" : \"small\" }"
xabi dump -q --profile c --format tsv $T/big | grep -c "^macro"
