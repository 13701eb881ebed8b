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
mkdir -p $T/src/abi-baselines && cp -r testdata/hvmmem/v2/. $T/src/ && mv $T/base.abi.xml $T/src/abi-baselines/RELEASE-1.abi.xml
(cd $T/src && base=RELEASE-1 && status=0 && eval "$cmd" >$T/log &&
 echo "status $status; log: $(head -1 $T/log)")
ls $T/src | grep xabi-
