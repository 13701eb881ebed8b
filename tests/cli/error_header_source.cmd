# A header given as a source (it was read as a dump: "not well-formed XML").
xabi diff testdata/hvmmem/4.6/xen.h testdata/hvmmem/4.7/xen.h
