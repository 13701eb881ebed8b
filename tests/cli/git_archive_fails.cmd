# When git fails, the message says why, after the revision as the user
# spelled it: git's own last line on standard error, or the signal that
# ended git. A revision that looks like an option is still a revision.
src=$(pwd)
mkdir $T/repo $T/bin && cd $T/repo && git init -q . &&
cp -r $src/testdata/hvmmem/4.7/. . && git add -A &&
git -c user.name=t -c user.email=t@t commit -qm 4.7 || exit 99
xabi dump git:no-such-revision; echo "unknown revision: exit $?"
xabi dump git:--output=$T/x.tar; echo "an option: exit $?"
ls $T/x.tar 2>/dev/null
# A git killed at once (as by the out-of-memory killer).
cat >$T/bin/git <<END && chmod +x $T/bin/git || exit 99
#!/bin/sh
[ "\$1" = archive ] && kill -KILL \$\$
exec $(command -v git) "\$@"
END
PATH=$T/bin:$PATH xabi dump git:HEAD; echo "killed: exit $?"
PATH=$T/repo xabi dump git:HEAD; echo "no git: exit $?"
# A clone that lost an object: git fails and leaves an empty stream; its
# reason, not the unpacker's, is the message.
blob=$(git rev-parse HEAD:hvm/hvm_op.h) &&
rm .git/objects/$(echo $blob | cut -c1-2)/$(echo $blob | cut -c3-) || exit 99
{ xabi dump git:HEAD 2>&1; echo "missing object: exit $?"; } | sed "s/$blob/BLOB/"
