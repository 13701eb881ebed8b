# A standard output that cannot be written (a full disk) is an error for
# every command, with one message, never a silent success.
for args in "kinds" "--help" "versions testdata/hvmmem/4.7" "show testdata/hvmmem/4.7 hvmmem_type_t" \
	"dump testdata/hvmmem/4.7" "dump --format tsv testdata/hvmmem/4.7" \
	"diff testdata/hvmmem/4.6 testdata/hvmmem/4.7" "diff --format xml testdata/hvmmem/4.6 testdata/hvmmem/4.7"; do
	xabi $args >/dev/full; echo "xabi $args: exit $?"
done
