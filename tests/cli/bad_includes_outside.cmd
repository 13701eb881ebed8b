# Includes that lead out of the tree or to special files: "../../etc/passwd"
# (its first identifier was printed in the error), "/dev/zero" and an
# included FIFO (both hung), "/dev/stdin" with a standard input that never
# ends, a folder link out of the tree. libclang sees only the tree's
# headers and its own resource headers: each such header fails alone with
# the reason, nothing outside is read, and the rest is dumped.
mkdir -p $T/outside && cp -r testdata/hvmmem/4.7 $T/tree
echo "struct secret_record { int secret_field; };" > $T/outside/secret.h
ups=$(printf '../%.0s' $(seq 1 30))
printf '#include "%setc/passwd"\n' "$ups" > $T/tree/passwd.h
echo '#include "/dev/zero"' > $T/tree/zero.h
echo '#include "/dev/stdin"' > $T/tree/stdin.h
mkfifo $T/tree/pipe && echo '#include "pipe"' > $T/tree/fifo.h
ln -s ../outside $T/tree/out && echo '#include "out/secret.h"' > $T/tree/via_link.h
mkfifo $T/in && exec 3<>$T/in
timeout 60 "$XABI" dump --arch x86_64 --audience guest --iface latest $T/tree -o $T/t.xml < $T/in
echo "exit $?"
exec 3>&-
grep -c "secret_record\|root" $T/t.xml
grep "<note" $T/t.xml | sed 's/\.\.\/\.\.\/[./]*etc/...\/etc/'
