# Interrupted midway (Ctrl-C, a CI timeout): no temporary directory is left
# in TMPDIR and the previous output file is intact. The source is git:HEAD,
# which xabi unpacks into a temporary directory before parsing for seconds.
# perl restores SIGINT, which a shell ignores in its background jobs.
mkdir $T/repo $T/tmp && cd $T/repo && git init -q . &&
for i in $(seq 1 1500); do printf "#if API_VERSION >= %d\nstruct s%d { int a; };\n#endif\n" $i $i; done > h.h &&
git add -A && git -c user.name=t -c user.email=t@t commit -qm big
for sig in INT TERM; do
  echo "the previous dump" > $T/out.xml
  TMPDIR=$T/tmp perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV' "$XABI" dump -q -j1 \
    --profile c --version-macro API_VERSION --max-configs 2000 git:HEAD -o $T/out.xml &
  pid=$!
  n=0; while [ -z "$(ls -A $T/tmp)" ] && [ $n -lt 400 ]; do sleep 0.05; n=$((n + 1)); done
  sleep 0.3
  kill -$sig $pid; { wait $pid; } 2>/dev/null; echo "SIG$sig: exit $?"
  echo "left in TMPDIR: $(ls -A $T/tmp | wc -l)"
  cat $T/out.xml
done
rm $T/out.xml
