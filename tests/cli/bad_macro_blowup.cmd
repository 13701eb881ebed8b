# Macros whose expansion doubles at each step, that no header uses: 41
# object-like ones (#define A40 (A39 + A39)) and a function-like one nested
# 40 deep. clang parses the headers at once, but xabi's probe of each macro
# expanded it in full and never ended. Those past the budget are named and
# not evaluated; the others are. A macro whose expansion opens a brace
# swallowed the probes after it (ZZZ_VALUE vanished); it is not probed.
# A probe with an error has no value ("1 1" was read as 1).
cp -r testdata/hvmmem/4.7 $T/tree
awk 'BEGIN { print "#define A0 1"; for (i = 1; i <= 40; i++) print "#define A" i " (A" i - 1 " + A" i - 1 ")";
  print "#define D(x) (x + x)"; s = "1"; for (i = 0; i < 40; i++) s = "D(" s ")"; print "#define NESTED " s;
  print "#define SMALL D(D(A2))" }' > $T/tree/blowup.h
printf '#define AAA_BRACE {\n#define TWO_ONES 1 1\n#define ZZZ_VALUE (1 + 1)\n' > $T/tree/brace.h
timeout 120 "$XABI" dump --format tsv --arch x86_64 --audience guest --iface latest $T/tree > $T/out.tsv 2> $T/err.txt
echo "exit $?"
grep -c "tokens to expand" $T/err.txt
grep "A1[45] \|NESTED" $T/err.txt
grep "^macro" $T/out.tsv | cut -f3,4 | grep "^A1[345]\|SMALL\|ZZZ\|BRACE\|NESTED\|TWO"
