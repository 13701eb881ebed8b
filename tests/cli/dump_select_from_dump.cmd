# --arch, --audience and --iface on a dump: TSV prints the selected
# configurations exactly as from the tree; names the dump lacks are usage
# errors (exit 2), in diff too; XML from a dump is refused with a reason.
xabi dump -q testdata/hvmmem/4.7 -o $T/47.xml
xabi dump --format tsv --arch x86_32 --audience guest --iface 0x00040600 $T/47.xml >$T/from-dump.tsv
xabi dump --format tsv --arch x86_32 --audience guest --iface 0x00040600 testdata/hvmmem/4.7 >$T/from-tree.tsv
cmp $T/from-dump.tsv $T/from-tree.tsv && echo "same TSV from dump and tree: $(wc -l <$T/from-dump.tsv) facts"
xabi dump --format tsv --audience nobody $T/47.xml; echo "unknown audience: exit $?"
xabi dump --format tsv --iface 0x00050000 $T/47.xml; echo "version too new: exit $?"
xabi diff --arch typo $T/47.xml $T/47.xml; echo "diff, unknown arch: exit $?"
xabi dump --arch x86_32 $T/47.xml; echo "XML from a dump, narrowed: exit $?"
