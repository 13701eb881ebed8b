# Dumps that are garbage, truncated, of a future format, not dumps, with a
# fact the schema does not know, or that bring a DOCTYPE (entities, external
# files): exit 1, the file and the reason. With a bad set and, later, an
# unknown fact, the schema's problem is the one reported.
printf "\001\002\003 not XML at all" > $T/garbage.xml
xabi dump testdata/hvmmem/4.7 -o $T/good.xml && head -n 44 $T/good.xml | head -c -20 > $T/truncated.xml
sed "s/format-version=\"1\"/format-version=\"99\"/" $T/good.xml > $T/future.abi
printf "<?xml version=\"1.0\"?>\n<html/>\n" > $T/other.xml
sed "s/where=\"0-11\"/where=\"0-999\"/" $T/good.xml > $T/range.xml
sed '0,/<enumerator /s//<widget /' $T/good.xml > $T/element.xml
sed '0,/<enumerator /s//<widget /' $T/range.xml > $T/both.xml
sed '1a <!DOCTYPE xabi-dump [<!ENTITY x SYSTEM "/etc/passwd">]>' $T/good.xml > $T/doctype.xml
for f in garbage.xml truncated.xml future.abi other.xml range.xml element.xml both.xml doctype.xml; do
  xabi diff $T/$f testdata/hvmmem/4.7; echo "$f: exit $?"
done
rm $T/*.xml  # broken on purpose: not for the runner to validate
