# Headers that end inside a declaration ('struct swallow {', an initializer
# left open) once swallowed every header after them in the shared umbrella
# and xabi's own probes: the literal macros of the whole tree disappeared
# and unchanged headers reported macro.removed errors. Each such header
# now fails alone, with its includers; the rest is compared as usual.
cp -r testdata/hvmmem/4.7 $T/new
echo "struct swallow {" > $T/new/swallow.h
printf '#include "swallow.h"\nstruct after { int a; };\n' > $T/new/includer.h
echo "int x = (1 +" > $T/new/open_init.h
xabi diff testdata/hvmmem/4.7 $T/new; echo "exit $?"
xabi dump -q --format tsv --arch x86_64 --audience guest --iface latest $T/new | grep -c "__xabi\|^macro"
# A header that parsed before and now ends open: an error for it alone.
cp -r testdata/hvmmem/4.7 $T/broken && echo "struct swallow {" >> $T/broken/hvm/hvm_op.h
xabi diff -q testdata/hvmmem/4.7 $T/broken; echo "exit $?"
# The prelude's own xen.h: nothing after it can be read, so no parse is usable.
cp -r testdata/hvmmem/4.7 $T/prelude && sed -i 's/^typedef uint16_t domid_t;/struct open {/' $T/prelude/xen.h
xabi dump -q $T/prelude -o $T/p.xml; echo "exit $?"
# A header that ends "struct s { int a; }", its ';' missing, fails where
# no header follows it too (it was read as "struct s {...} static long"
# and kept).
mkdir -p $T/last && echo "struct s { int a; }" > $T/last/s.h
xabi dump -q --profile c $T/last -o - | grep -o '<note path="s.h".*'
