# A tree against itself: no change, exit 0.
xabi diff testdata/hvmmem/4.8 testdata/hvmmem/4.8
