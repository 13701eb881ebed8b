# An unknown revision is an error that names it.
xabi diff git:no-such-revision testdata/hvmmem/4.8
