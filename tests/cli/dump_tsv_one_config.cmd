# With --arch, --audience and --iface naming one configuration, where names it.
xabi dump --format tsv --arch x86_32 --audience guest --iface 0x00040600 testdata/hvmmem/4.7
