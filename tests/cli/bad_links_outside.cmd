# Headers that are symbolic links out of the tree (to a file elsewhere, to
# /etc/shadow), a FIFO and names an #include cannot spell: none is read,
# each is named once with the reason (and noted in the dump), and the rest
# of the tree is dumped. A link that stays inside the tree is followed.
mkdir -p $T/outside && cp -r testdata/hvmmem/4.7 $T/tree
echo "struct secret_record { int secret_field; };" > $T/outside/secret.h
ln -s $T/outside/secret.h $T/tree/leak.h
ln -s /etc/shadow $T/tree/shadow.h
ln -s ../../outside $T/tree/hvm/out
ln -s hvm/hvm_op.h $T/tree/inside.h
mkfifo $T/tree/fifo.h
echo "struct quoted { int q; };" > "$T/tree/quo\"te.h"
echo "struct lined { int l; };" > "$T/tree/new
line.h"
xabi dump --arch x86_64 --audience guest --iface latest $T/tree -o $T/t.xml; echo "exit $?"
grep -c "secret_record\|quoted\|lined" $T/t.xml
grep "<note" $T/t.xml
xabi dump -q --format tsv --arch x86_64 --audience guest --iface latest $T/tree | cut -f5 | cut -d: -f1 | sort -u
