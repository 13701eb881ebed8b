# 50,000 enumerators that share one value, all renamed, and 50,000 new
# macros of one family and value; and 25,000 enumerators whose names differ
# below and at the latest interface version. Pairing removed and added
# names, the collision check, the run-time view and reading 50,000 macros
# of one header were quadratic (minutes); now seconds. Each run has a
# timeout so a regression fails.
mkdir -p $T/old $T/new
awk 'BEGIN { print "enum big {"; for (i = 1; i <= 50000; i++) print " OLD_" i " = 7,"; print "};" }' > $T/old/e.h
awk 'BEGIN { print "enum big {"; for (i = 1; i <= 50000; i++) print " NEW_" i " = 7,"; print "};";
  for (i = 1; i <= 50000; i++) print "#define FAM_X" i " 7" }' > $T/new/e.h
timeout 120 "$XABI" dump -q --profile c $T/old -o $T/old.xml
timeout 120 "$XABI" dump -q --profile c $T/new -o $T/new.xml; echo "dump: exit $?"
timeout 120 "$XABI" diff $T/old.xml $T/new.xml > $T/r.txt; echo "renamed: exit $?"; tail -1 $T/r.txt
cp -r testdata/hvmmem/4.7 $T/rt
awk 'BEGIN { print "#if __XEN_INTERFACE_VERSION__ >= 0x00040700"; print "enum big {";
  for (i = 1; i <= 25000; i++) print " NEW_" i " = 7,"; print "};"; print "#else"; print "enum big {";
  for (i = 1; i <= 25000; i++) print " OLD_" i " = 7,"; print "};"; print "#endif" }' > $T/rt/big.h
xabi dump -q --arch x86_64 $T/rt -o $T/rt.xml
timeout 120 "$XABI" diff $T/rt.xml $T/rt.xml > $T/r.txt; echo "run-time view: exit $?"; tail -1 $T/r.txt
