# git:REV reads a revision with git archive, without touching a checkout:
# the 4.7 fixture committed over 4.6, compared as git:HEAD~1 -> git:HEAD and
# git:HEAD~1 -> the work tree; the work tree is left as it was.
src=$(pwd)
mkdir $T/repo && cd $T/repo && git init -q . &&
cp -r $src/testdata/hvmmem/4.6/. . && git add -A && git -c user.name=t -c user.email=t@t commit -qm 4.6 &&
cp -r $src/testdata/hvmmem/4.7/. . && git add -A && git -c user.name=t -c user.email=t@t commit -qm 4.7 &&
echo "/* local edit */" >> xen.h &&
xabi diff --format xml -o $T/revs.xml git:HEAD~1 git:HEAD; echo "revisions: exit $?"
xabi diff --format xml -o $T/tree.xml git:HEAD~1 .; echo "work tree: exit $?"
changes $T/revs.xml
git status --short
