# A FIFO named *.deb in a folder of packages was opened for good (no
# writer ever came); so was one given alone. Each is refused at once and
# named (FIFOs as sources, --rules or --profile: bad_special_sources).
mkfifo $T/alone.deb && mkdir $T/debs && mkfifo $T/debs/x.deb
run() { timeout 60 "$XABI" "$@"; echo "exit $?"; }
run dump $T/debs
run dump $T/alone.deb
