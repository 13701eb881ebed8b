# A source that does not exist.
xabi dump testdata/does-not-exist
