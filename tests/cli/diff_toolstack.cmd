# An installed Xen (usr/include/xen) keeps its toolstack headers beside the
# public ones: xenctrl.h is read too, with the hosted c profile as the tools
# compile it, and holds for x86_64 tools. Its prototype change is an error
# (a library's API: the reach rule's "only the toolstack" does not apply),
# named from the root. The public header's set_xen_guest_handle is the one
# compared, though xenctrl.h redefines it.
xabi diff --arch x86_64 --format xml -o $T/r.xml testdata/toolstack/old testdata/toolstack/new; echo "exit $?"
changes $T/r.xml
xabi dump --arch x86_64 --format tsv testdata/toolstack/new | grep -E 'xc_|set_xen_guest_handle'
# With --audience guest the toolstack headers are left out.
xabi diff --arch x86_64 --audience guest -q testdata/toolstack/old testdata/toolstack/new | tail -1
