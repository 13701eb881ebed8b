# A hostile tree with thousands of version thresholds cannot exhaust memory:
# the configurations are capped (default 4096), with a message that says how
# to proceed, and no output file is left behind.
mkdir -p $T/hostile && for i in $(seq 1 5000); do printf "#if API_VERSION >= %d\nstruct s%d { int a; };\n#endif\n" $i $i; done > $T/hostile/h.h
xabi dump --profile c --version-macro API_VERSION $T/hostile -o $T/x.xml; echo "exit $?"; ls $T
# Narrowed to two interface versions, the same tree dumps.
xabi dump -q --profile c --version-macro API_VERSION --iface 5,6 --format tsv $T/hostile | wc -l
