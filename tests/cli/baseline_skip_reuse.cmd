# xabi baseline on a history like Xen's: a first release without the
# profile's headers (no xen-compat.h) is skipped with a note naming it, and
# the tags after it are still dumped (exit 0). A dump records the options
# it was made with: a run with other options writes it again and says why,
# the same options keep it. A dump that fails is named, the others are
# still done, and the exit status is 1.
src=$(pwd)
mkdir $T/repo && cd $T/repo && git init -q . &&
mkdir -p xen/include/public && echo "int old;" > xen/include/public/xen.h && git add -A &&
git -c user.name=t -c user.email=t@t commit -qm 2.0 && git tag RELEASE-2.0.0 &&
for v in 4.6 4.7; do
  git rm -rq . && cp -r $src/testdata/hvmmem/$v/. . && git add -A &&
  git -c user.name=t -c user.email=t@t commit -qm $v && git tag RELEASE-$v.0
done || exit 99
facts() { sed "s/ ([0-9]* facts.*//"; }
xabi baseline --tags 'RELEASE-*' -o $T/base >$T/log; echo "exit $?"; facts <$T/log
xabi baseline --tags 'RELEASE-4*' -o $T/base --arch x86_64 --audience guest | facts
xabi baseline --tags 'RELEASE-4*' -o $T/base --audience guest --arch x86_64 | facts
grep -ho 'options="[^"]*"' $T/base/*.xml
xabi baseline --tags 'RELEASE-4*' -o $T/base | facts
# An old dump that recorded no options, then one that is not a dump.
sed -i 's/ options="[^"]*"//' $T/base/RELEASE-4.6.0.abi.xml && echo junk > $T/base/RELEASE-4.7.0.abi.xml
xabi baseline --tags 'RELEASE-4*' -o $T/base | facts
rm -r $T/base
xabi baseline --tags 'RELEASE-*' -o $T/base --max-facts 3; echo "too many facts: exit $?"
xabi diff git:RELEASE-2.0.0 .; echo "diff from it: exit $?"
