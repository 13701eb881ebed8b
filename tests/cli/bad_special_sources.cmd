# What is neither a folder nor a regular file is no source, rules file,
# profile or ELF object: /dev/zero never ends (it was read for 1 GiB before
# the dump limit refused it) and a FIFO without a writer never opens.
# Refused at once, naming the path. The FIFO is made here; `timeout`
# turns a hang into a failure of this test rather than of the suite.
mkfifo $T/fifo
ln -s /dev/zero $T/zero.xml
run() { timeout 20 "$XABI" "$@" >/dev/null; echo "xabi $*: exit $?"; }
run dump /dev/zero
run dump $T/zero.xml
run diff $T/fifo testdata/hvmmem/4.7
run show $T/fifo hvmmem_type_t
run compat $T/fifo /dev/zero
run compat $XABI_ELF/app /dev/zero
run diff --rules $T/fifo testdata/hvmmem/4.6 testdata/hvmmem/4.7
run rules --check /dev/zero
run dump --profile $T/fifo testdata/hvmmem/4.7
