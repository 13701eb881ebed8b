# A patch judged against the release it builds on (testdata/since/README.md):
# a second domctl change after the cycle's bump, and a revert of something
# unreleased, are errors parent -> patch alone and no error with --since.
p=testdata/policy
# second-domctl holds only its domctl.h: the tree is domctl-bumped with it.
mkdir $T/second && cp -r $p/domctl-bumped/. testdata/since/second-domctl/. $T/second/
for case in "$p/domctl-bumped $T/second" "$p/guest-ungated $p/old"; do
	set -- $case
	xabi diff --arch x86_64,x86_32 --format xml -o $T/alone.xml $1 $2
	echo "alone: exit $?"
	changes $T/alone.xml
	xabi diff --arch x86_64,x86_32 --since $p/old -o $T/since.txt $1 $2
	echo "since: exit $?"
	grep -E "^[^ ].*: (error|warning|info):" $T/since.txt
done
