# A version newer than the tree offers.
xabi dump --iface 0x00050000 testdata/hvmmem/4.7
