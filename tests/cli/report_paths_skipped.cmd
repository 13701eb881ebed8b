# Which path each report gives a header: text, xml and junit its path under
# the header root; codequality its path from NEW's folder, which is the
# repository root when GitLab runs 'xabi diff BASE .' in the checkout (the
# path then names a file there). junit marks a header the profile skips
# (xen: sys/*) as skipped, with the profile's reason.
pub=xen/include/public
mkdir -p $T/old/$pub $T/new/$pub/sys
cp -r testdata/hvmmem/4.6/. $T/old/$pub/ && cp -r testdata/hvmmem/v2/. $T/new/$pub/
printf '/* Test: a driver interface the xen profile skips. */\nstruct privcmd_op { unsigned long op; };\n' >$T/new/$pub/sys/privcmd.h
cd $T/new
xabi diff -q -o text:../t.txt -o xml:../r.xml -o junit:../j.xml -o codequality:../cq.json ../old .
echo "exit $?"
echo "text:        $(sed -n 's/^\([^ ]*\.h\):[0-9]*: error.*/\1/p' ../t.txt)"
echo "xml:         $(sed -n 's/^  <change .* file="\([^"]*\)".*/\1/p' ../r.xml)"
echo "junit:       $(grep -B1 '<failure' ../j.xml | sed -n 's/.*name="\([^"]*\)".*/\1/p')"
cq=$(sed -n 's/.*"location": {"path": "\([^"]*\)".*/\1/p' ../cq.json)
echo "codequality: $cq"
[ -f "$cq" ] && echo "codequality: the path names a file of the checkout"
grep -o '<testsuite [^>]*>' ../j.xml | sed 's/name="[^"]*" //'
grep -A1 'name="sys/privcmd.h"' ../j.xml
