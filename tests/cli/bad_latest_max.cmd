# A latest interface version of 0xffffffffffffffff has no version after
# it, where the last partition must end: not a version, so the latest is
# unknown (exit 1), never partitions that wrap around to 0.
mkdir $T/tree
printf '#define __XEN_LATEST_INTERFACE_VERSION__ 0xffffffffffffffff\n' > $T/tree/xen-compat.h
printf '#if __XEN_INTERFACE_VERSION__ >= 0x100\nstruct a { int x; };\n#endif\n' > $T/tree/xen.h
xabi versions $T/tree; echo "exit $?"
