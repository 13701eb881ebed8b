# The limit on one header is 64 MiB: a header of exactly 64 MiB parses (2000
# macros, then a comment that fills it), one byte more is refused, naming
# the header and the limit. Made here, in one file grown by a byte. Bulk
# that clang and the scanner read at once, not thousands of declarations,
# so the test takes seconds under the sanitizers, not minutes.
mkdir $T/big
for i in $(seq 1 2000); do echo "#define BIG_MACRO_$i ($i * 2) /* line $i */"; done >$T/big/big.h
size=$(wc -c <$T/big/big.h)
{ printf '/* '; yes 'padding up to the limit' | head -c $((64 * 1024 * 1024 - size - 7)); printf ' */\n'; } >>$T/big/big.h
echo "bytes: $(wc -c <$T/big/big.h) of $((64 * 1024 * 1024))"
xabi dump -q --profile c --format tsv $T/big | grep -c "^macro"
printf ' ' >>$T/big/big.h
xabi dump -q --profile c --format tsv $T/big >$T/over.tsv; echo "one byte more: exit $?, $(wc -l <$T/over.tsv) facts"
