# A dump is held to the limits extraction is: --max-configs, --max-facts,
# and at most 64 arches (the compact "where" keeps them in 64 bits), so a
# crafted dump cannot exhaust memory. Exit 1, the file, line and limit.
xabi dump -q testdata/hvmmem/4.7 -o $T/good.xml
xabi diff -q --max-configs 5 $T/good.xml testdata/hvmmem/4.7; echo "configs: exit $?"
xabi diff -q --max-facts 10 $T/good.xml testdata/hvmmem/4.7; echo "facts: exit $?"
arches=$(for i in $(seq 1 65); do printf '<arch name="a%d" target=""/>' $i; done)
sed "s|<arch name=\"x86_64\"|$arches<arch name=\"x86_64\"|" $T/good.xml > $T/arches.xml
xabi diff -q $T/arches.xml testdata/hvmmem/4.7; echo "65 arches: exit $?"
rm $T/arches.xml  # too many arches on purpose: not for the runner to validate
