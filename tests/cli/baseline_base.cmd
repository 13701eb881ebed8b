# xabi baseline --base REV: the release a revision builds on. Release tags
# sit on stable branches, as Xen's do: master forks stable-1.0 (tags
# RELEASE-1.0.0, 1.0.1) and later stable-2.0 (RELEASE-2.0.0), and carries
# only an old RELEASE-0.9.0 itself, which is all 'git describe' finds.
mkdir $T/repo && cd $T/repo && git init -q -b master . || exit 99
c() { git -c user.name=t -c user.email=t@t commit -q --allow-empty -m "$1"; }
c A && git tag RELEASE-0.9.0 && c B &&
git checkout -q -b stable-1.0 && c S1 && git tag RELEASE-1.0.0 && c S2 && git tag RELEASE-1.0.1 && c S3 &&
git checkout -q master && c C && c D &&
git checkout -q -b stable-2.0 && c S4 && git tag -a -m 2.0 RELEASE-2.0.0 &&
git checkout -q master && c E && git checkout -q -b staging && c F && git checkout -q master || exit 99
echo "describe on master: $(git describe --tags --abbrev=0 --match 'RELEASE-*')"
for rev in master staging stable-2.0 stable-1.0 stable-1.0~1 stable-1.0~3 master~1 master~3 RELEASE-0.9.0; do
  echo "$rev: $(xabi baseline --tags 'RELEASE-*' --base $rev)"
done
xabi baseline --tags 'RELEASE-*' --base no-such-revision; echo "unknown revision: exit $?"
xabi baseline --tags 'RELEASE-3*' --base master; echo "no release: exit $?"
xabi baseline --tags 'RELEASE-*' --base master -o $T/base; echo "both: exit $?"
