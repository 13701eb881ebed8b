# contrib/gitlab-ci.yml parses the trees once: one 'xabi diff' writes the
# JUnit and Code Quality reports and the text for the log. Its command,
# run as the job runs it (a baseline dump, the tree in the current folder),
# leaves both reports.
ci=contrib/gitlab-ci.yml
echo "xabi diff runs: $(grep -c 'xabi diff' $ci)"
cmd=$(awk '/^    - xabi diff/ { on = 1; sub(/^    - /, "") } on && /^    - / && !/xabi diff/ { on = 0 }
	on { sub(/^ +/, ""); printf "%s ", $0 }' $ci)
echo "$cmd"
xabi dump -q testdata/hvmmem/4.6 -o $T/base.abi.xml
# A repository whose last commit is the change (4.6 -> v2); the release is 4.6.
pub=$T/src/xen/include/public # as in Xen's repository
mkdir -p $pub && cp -r testdata/hvmmem/4.6/. $pub/
(cd $T/src && git init -q . && git add -A && git -c user.name=t -c user.email=t@t commit -qm 4.6)
cp -r testdata/hvmmem/v2/. $pub/
(cd $T/src && git add -A && git -c user.name=t -c user.email=t@t commit -qm v2)
mkdir $T/src/abi-baselines && mv $T/base.abi.xml $T/src/abi-baselines/RELEASE-1.abi.xml
(cd $T/src && base=RELEASE-1 && status=0 && eval "$cmd" >$T/log &&
 echo "status $status; log: $(head -1 $T/log)")
ls $T/src | grep xabi-
# The next pipeline of the same commit reads both trees from the kept cache,
# and writes the same reports.
ls -A $T/src/.xabi-cache | grep -c '\.abi\.xml$'
cp $T/src/xabi-codequality.json $T/src/xabi-junit.xml $T/
again=$(echo "$cmd" | sed 's/^xabi diff /xabi diff --progress /')
(cd $T/src && base=RELEASE-1 && status=0 && eval "$again" >$T/log 2>$T/err &&
 echo "status $status; log: $(head -1 $T/log)"; tr '\r' '\n' < $T/err | grep -ac 'read from the cache')
cmp $T/xabi-codequality.json $T/src/xabi-codequality.json && cmp $T/xabi-junit.xml $T/src/xabi-junit.xml && echo "the same reports"
grep -o '"path": *"[^"]*"' $T/src/xabi-codequality.json | sort -u
