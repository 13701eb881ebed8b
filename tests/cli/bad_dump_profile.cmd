# A dump's profile attribute is a profile name, never a file to open: one
# naming /etc/passwd was read as a profile (and its first line quoted).
xabi dump -q testdata/hvmmem/4.7 -o $T/good.xml
sed 's|profile="xen"|profile="/etc/passwd"|' $T/good.xml > $T/path.xml
sed 's|profile="xen"|profile="x.profile"|' $T/good.xml > $T/file.xml
xabi diff $T/good.xml $T/path.xml; echo "exit $?"
xabi diff $T/good.xml $T/file.xml; echo "exit $?"
xabi diff --profile xen $T/good.xml $T/path.xml; echo "with --profile: exit $?"
