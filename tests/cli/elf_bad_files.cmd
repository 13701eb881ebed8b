# Truncated and garbage ELF files: exit 1 and a message naming the file, never a crash.
head -c 200 $XABI_ELF/v1/libv.so > $T/truncated.so
printf "\177ELF garbage that is not an object" > $T/garbage.so
printf "!<arch>\nbroken" > $T/broken.a
# e_shoff (offset 40 of an ELF64 header) so large that adding the table's
# size to it would wrap around.
cp $XABI_ELF/v1/libv.so $T/shoff.so
printf '\000\377\377\377\377\377\377\377' | dd of=$T/shoff.so bs=1 seek=40 conv=notrunc 2>/dev/null
for f in truncated.so garbage.so broken.a shoff.so; do
  xabi diff $T/$f $XABI_ELF/v1/libv.so; echo "$f: exit $?"
done
xabi compat $T/garbage.so $XABI_ELF/v1/libv.so; echo "compat: exit $?"
