# Unreadable input: a header, a folder inside the tree, the tree itself.
# Each is an error naming the path, never a dump without those headers.
# Root reads anything, so as root (in CI) xabi runs as nobody.
as_user() {
	if [ "$(id -u)" -eq 0 ]; then
		setpriv --reuid=nobody --regid=nogroup --clear-groups "$XABI" "$@"
	else
		"$XABI" "$@"
	fi
}
chmod 755 $T
cp -r testdata/hvmmem/4.7 $T/tree && chmod -R a+rX $T/tree
chmod 000 $T/tree/hvm/hvm_op.h
as_user dump -q $T/tree; echo "unreadable header: exit $?"
chmod 644 $T/tree/hvm/hvm_op.h && chmod 000 $T/tree/hvm
as_user dump -q $T/tree; echo "unreadable folder: exit $?"
chmod 755 $T/tree/hvm && chmod 000 $T/tree
as_user dump -q $T/tree; echo "unreadable tree: exit $?"
chmod 755 $T/tree
