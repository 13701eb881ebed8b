# scripts/history.sh: one row per consecutive X.Y.0 release pair, in
# numeric order (4.8 before 4.10), other tags ignored, trees extracted once.
src=$(pwd)
mkdir $T/repo && cd $T/repo && git init -q . &&
for v in 4.6.0 4.7.0 4.7.1 4.8.0 4.10.0; do
  case $v in 4.10.0) tree=v2 ;; *) tree=${v%.*} ;; esac
  rm -rf ./* && mkdir -p xen/include/public &&
  cp -r $src/testdata/hvmmem/$tree/. xen/include/public && git add -A &&
  git -c user.name=t -c user.email=t@t commit -q --allow-empty -m $v && git tag RELEASE-$v
done
cd $T
# The seconds column (last) varies from run to run.
OUT=$T/out $src/scripts/history.sh repo >table; echo "status $?"
sed -E 's/[0-9]+\.[0-9]+$/S/' table
OUT=$T/out $src/scripts/history.sh repo RELEASE-4.7.0 RELEASE-4.8.0 | sed -E 's/[0-9]+\.[0-9]+$/S/'
ls out out/trees
grep -c '<change ' out/RELEASE-4.8.0..RELEASE-4.10.0.xml
