# -o replaces only a regular file. A device, a FIFO, what standard output
# already goes to, and links to them are written through, as `>` would;
# a link to a regular file stays a link and the file it names is replaced.
# Made in $T only: a character device by mknod when root may (else a link
# to /dev/null, which a broken -o would replace, not /dev/null itself).
xabi dump -q testdata/hvmmem/4.7 -o $T/d.xml
tsv() { xabi dump --format tsv $T/d.xml -o "$1"; echo "$2: exit $?"; }
mknod $T/null c 1 3 2>/dev/null || ln -s /dev/null $T/null
tsv $T/null "device"
[ -c $T/null ] && echo "device: still a character device"
mkfifo $T/fifo && ln -s fifo $T/fifo-link
for f in fifo fifo-link; do
	timeout 20 cat $T/fifo >$T/got & reader=$!
	tsv $T/$f "$f"; wait $reader
	[ -p $T/fifo ] && echo "$f: the FIFO is still a FIFO; $(wc -l <$T/got) lines came through"
done
ln -s /proc/self/fd/1 $T/stdout # what /dev/stdout is
echo "written before" >$T/log
tsv $T/stdout "/dev/stdout appended" >>$T/log
echo "log: $(head -1 $T/log); then $(grep -c . $T/log) lines"
xabi dump --format tsv $T/d.xml -o $T/stdout | wc -l | sed 's/^/lines through a pipe: /'
echo "old" >$T/real.txt && mkdir $T/sub && ln -s ../real.txt $T/sub/link.txt
tsv $T/sub/link.txt "link to a regular file"
[ -L $T/sub/link.txt ] && echo "link: still a link; the file it names has $(wc -l <$T/real.txt) lines"
ln -s missing $T/dangling
tsv $T/dangling "dangling link"
tsv $T/sub "folder"
echo "left behind: $(ls $T | grep -c tmp)"
