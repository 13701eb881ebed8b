# --iface takes all, latest, or numbers.
xabi dump --iface banana testdata/hvmmem/4.7
