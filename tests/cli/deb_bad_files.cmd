# Garbage .deb files and ones that lack a member: exit 1 and a message naming the file.
printf "not an ar archive" > $T/garbage.deb
printf "!<arch>\n" > $T/empty.deb
printf "2.0\n" > $T/debian-binary && (cd $T && ar rc only-binary.deb debian-binary 2>/dev/null)
for f in garbage.deb empty.deb only-binary.deb; do
  xabi diff $T/$f testdata/hvmmem/4.6; echo "$f: exit $?"
done
