# Ctrl-C while a temporary tree 40 folders deep exists: the signal handler
# removes it all and the run ends (it once went over each level 8 times per
# level above it, for ever). git:HEAD is unpacked into TMPDIR, then parsed
# for seconds (1500 version thresholds); perl restores SIGINT, which a
# shell ignores in its background jobs.
mkdir $T/repo $T/tmp && cd $T/repo && git init -q . &&
deep=$(printf 'd/%.0s' $(seq 1 40)) && mkdir -p $deep && echo "struct deep { int a; };" > ${deep}deep.h &&
for i in $(seq 1 1500); do printf "#if API_VERSION >= %d\nstruct s%d { int a; };\n#endif\n" $i $i; done > h.h &&
git add -A && git -c user.name=t -c user.email=t@t commit -qm deep
TMPDIR=$T/tmp perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV' "$XABI" dump -q -j1 \
  --profile c --version-macro API_VERSION --max-configs 2000 git:HEAD -o $T/out.xml &
pid=$!
n=0; while [ -z "$(ls -A $T/tmp)" ] && [ $n -lt 400 ]; do sleep 0.05; n=$((n + 1)); done
sleep 0.5
kill -INT $pid
n=0; while kill -0 $pid 2>/dev/null && [ $n -lt 600 ]; do sleep 0.1; n=$((n + 1)); done
kill -0 $pid 2>/dev/null && { echo "still running a minute after SIGINT"; kill -KILL $pid; }
{ wait $pid; } 2>/dev/null; echo "SIGINT: exit $?"
echo "left in TMPDIR: $(ls -A $T/tmp | wc -l)"
