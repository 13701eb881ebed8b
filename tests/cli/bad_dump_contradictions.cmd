# Dumps that pass the schema but contradict themselves were compared as if
# true. Each is refused with file, line and reason: a negative size, an
# alignment that is no power of two, a field or an enumerator of no record
# or enum, a field past the end of its record, one enumerator with two
# values in one configuration. The dump they come from is fine.
xabi dump -q testdata/hvmmem/4.7 -o $T/good.xml
r='<record name="cpu_user_regs" kind="struct"'
sed "s/$r size=\"16\"/$r size=\"-16\"/" $T/good.xml > $T/negative.xml
sed "s/$r size=\"16\" align=\"4\"/$r size=\"16\" align=\"3\"/" $T/good.xml > $T/align.xml
sed 's/scope="arch_vcpu_info" name="pad" type="unsigned long"/scope="no_such_record" name="pad" type="unsigned long"/' $T/good.xml > $T/orphan_field.xml
sed '0,/scope="hvmmem_type_t" name="HVMMEM_ram_ro"/s//scope="no_such_enum" name="HVMMEM_ram_ro"/' $T/good.xml > $T/orphan_enumerator.xml
sed 's/name="ecx" type="unsigned int" offset="32"/name="ecx" type="unsigned int" offset="9999"/' $T/good.xml > $T/past_end.xml
sed '/name="HVMMEM_ram_rw" value="0"/{p;s/value="0"/value="9"/}' $T/good.xml > $T/twice.xml
for d in good negative align orphan_field orphan_enumerator past_end twice; do
  xabi diff -q $T/good.xml $T/$d.xml > /dev/null; echo "$d: exit $?"
done
