# Truncated and garbage ELF files: exit 1 and a message naming the file, never a crash.
head -c 200 $XABI_ELF/v1/libv.so > $T/truncated.so
printf "\177ELF garbage that is not an object" > $T/garbage.so
printf "!<arch>\nbroken" > $T/broken.a
for f in truncated.so garbage.so broken.a; do
  xabi diff $T/$f $XABI_ELF/v1/libv.so; echo "$f: exit $?"
done
xabi compat $T/garbage.so $XABI_ELF/v1/libv.so; echo "compat: exit $?"
