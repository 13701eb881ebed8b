# An arch the profile does not know is a usage error naming the known ones.
xabi dump --arch sparc testdata/hvmmem/4.7
