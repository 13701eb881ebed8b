# A cap on facts, too.
xabi dump --max-facts 10 testdata/hvmmem/4.7 -o $T/x.xml; echo "exit $?"; ls $T
