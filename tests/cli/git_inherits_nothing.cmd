# git gets its standard streams and no other descriptor of xabi's: the two
# sides of a diff start git archive on two threads, and a git holding the
# other side's pipe would keep that side from its end of file until it
# exits. A git in PATH notes the descriptors each git archive gets and waits
# a little, so that the two overlap.
src=$(pwd)
mkdir $T/repo $T/bin && cd $T/repo && git init -q . &&
cp -r $src/testdata/hvmmem/4.6/. . && git add -A && git -c user.name=t -c user.email=t@t commit -qm 4.6 &&
cp -r $src/testdata/hvmmem/4.7/. . && git add -A && git -c user.name=t -c user.email=t@t commit -qm 4.7 &&
cat >$T/bin/git <<END && chmod +x $T/bin/git || exit 99
#!/bin/sh
if [ "\$1" = archive ]; then (ls -l /proc/\$\$/fd >$T/fds.\$\$); sleep 0.5; fi
exec $(command -v git) "\$@"
END
ls -l /proc/$$/fd >$T/outside
PATH=$T/bin:$PATH xabi diff -q git:HEAD~1 git:HEAD >/dev/null; echo "diff: exit $?"
echo "git archive ran $(ls $T/fds.* | wc -l) times"
# Pipes and xabi's temporary files beyond 0-2 that did not come from outside
# (the subshell above keeps the wrapper's own redirection out of the list).
awk -v T="$T" '{ fd = -1; for (i = 2; i < NF; i++) if ($i == "->") { fd = $(i - 1); to = $(i + 1) } }
     NR == FNR { outside[to] = 1; next }
     fd > 2 && !(to in outside) && (to ~ /^pipe:/ || to ~ /xabi-/ && index(to, T) != 1) { print "inherited: fd " fd " -> " to }' \
	$T/outside $T/fds.*
