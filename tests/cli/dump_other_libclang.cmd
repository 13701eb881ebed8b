# A dump written through another libclang (XABI_LIBCLANG) and the same tree
# read through this build's: the facts are equal, so no change, and the XML
# report names both producers. Skipped when no other libclang is installed.
mine=$(xabi --version)
other=
for lib in /usr/lib/llvm-*/lib/libclang-*.so.1; do
	[ -e "$lib" ] && [ "$(XABI_LIBCLANG=$lib xabi --version)" != "$mine" ] && other=$lib && break
done
[ -n "$other" ] || { echo "no other libclang installed" >&2; exit 77; }
XABI_LIBCLANG=$other xabi dump -q testdata/hvmmem/4.8 -o $T/other.xml
xabi diff --format xml -o $T/r.xml $T/other.xml testdata/hvmmem/4.8; echo "exit $?"
grep -o 'libclang-version="[^"]*"' $T/r.xml | sort -u | wc -l | sed 's/^/producers named: /'
# A libclang that is not one, and one that is not there: the reason, exit 1.
XABI_LIBCLANG=$T/other.xml xabi dump -q testdata/hvmmem/4.8 -o $T/x.xml; echo "exit $?"
XABI_LIBCLANG=$T/nowhere.so xabi dump -q testdata/hvmmem/4.8 -o $T/x.xml; echo "exit $?"
