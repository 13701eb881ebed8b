# A profile that does not exist.
xabi dump --profile nope testdata/hvmmem/4.7
