# xabi baseline: a dump per matching tag, from git archive, skipping those there.
src=$(pwd)
mkdir $T/repo && cd $T/repo && git init -q . &&
for v in 4.6 4.7 4.8; do
  rm -rf ./* && cp -r $src/testdata/hvmmem/$v/. . && git add -A &&
  git -c user.name=t -c user.email=t@t commit -qm $v && git tag RELEASE-$v.0
done
xabi baseline --tags "RELEASE-4.[67]*" -o $T/base | sed "s/ ([0-9]* facts.*//"
xabi baseline --tags "RELEASE-*" -o $T/base | sed "s/ ([0-9]* facts.*//"
ls $T/base
xabi diff -q --format xml -o $T/r.xml $T/base/RELEASE-4.7.0.abi.xml .; echo "per-patch check: exit $?"
