# A header git:REV brings that cannot be read is warned about under the
# name the user gave (git:HEAD), not the temporary folder it unpacked to.
mkdir -p $T/repo/include && cd $T/repo && git init -q . &&
printf 'struct s { int a; };\n' > include/ok.h &&
printf 'int x;\n' > 'include/a"b.h' &&
git add -A && git -c user.name=t -c user.email=t@t commit -qm one &&
xabi dump --profile c git:HEAD -o $T/d.xml; echo "exit $?"
