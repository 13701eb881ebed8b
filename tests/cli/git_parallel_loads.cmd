# Many git: loads at once never fail (issue 19: "git archive failed" now and
# then). git archive writes the tar's end-of-archive records and then pads
# its last 10 KiB block with zeros in the same write; when the pipe is full
# that write is split, and a reader that stops at the records and closes
# the pipe kills git with SIGPIPE before it writes the rest.
#
# The fixture makes the split likely. A big non-header file sorts last, so
# the reader skips the stream's last 64 KiB at once and reaches the records
# before git resumes; it is sized so that the last block holds nothing but
# zeros and ends where, with 64 KiB pipes and libarchive's 64 KiB reads,
# the write of it is split most often (measured over all 32 alignments
# with a reader like xabi's, four at once: 22-30% of loads failed here,
# 0-13% elsewhere). Before the fix every run of this test failed: 20 of 20
# (2 to 11 of the 16 processes each), 10 of 10 under ASan (3 to 6 each),
# and 20 of 20 with only the draining taken out; after it none of 20, nor
# of 10 under ASan.
src=$(pwd)
archive_size() { git archive --format=tar $(git write-tree) | wc -c; }
filler() { head -c $1 /dev/zero | tr '\0' x > zz-filler.txt && git add zz-filler.txt; }
# Grow the filler a record (512 bytes) at a time until the archive gains a
# block: the data then ends one record before that block, so one record
# more leaves the block to the end-of-archive records and padding alone.
# Then grow it a block at a time until the last block falls where wanted.
tune_filler() {
	size=200000 && filler $size && blocks=$(archive_size)
	while filler $((size += 512)) && [ $(archive_size) -eq $blocks ]; do :; done
	filler $((size += 512))
	while [ $(( $(archive_size) % 65536 )) -ne 14336 ]; do filler $((size += 10240)); done
}
mkdir $T/repo && cd $T/repo && git init -q . &&
cp -r $src/testdata/hvmmem/4.6/. . && git add -A && tune_filler &&
git -c user.name=t -c user.email=t@t commit -qm 4.6 &&
cp -r $src/testdata/hvmmem/4.7/. . && git add -A && tune_filler &&
git -c user.name=t -c user.email=t@t commit -qm 4.7 || exit 99
# 16 processes at once, each loading both sides on two threads.
pids=
for i in $(seq 1 16); do
	xabi diff -q --arch x86_64 --audience guest git:HEAD~1 git:HEAD >/dev/null 2>$T/err.$i &
	pids="$pids $!"
done
for pid in $pids; do wait $pid; echo "exit $?"; done >$T/statuses
sort $T/statuses | uniq -c
cat $T/err.*
