#!/bin/sh
# SPDX-License-Identifier: MIT
# Make the seed corpora of the fuzz targets from the fixtures: seeds.sh OUT
# writes OUT/{dump,rules,scan,elf,deb}. Needs $XABI (the xabi binary) and
# $XABI_ELF (the built ELF fixtures); run from the source tree.
set -eu
out=$1
: "${XABI:?}" "${XABI_ELF:?}"
rm -rf "$out"
mkdir -p "$out/dump" "$out/rules" "$out/scan" "$out/elf" "$out/deb"

# Dumps of a Xen-like tree, a plain C tree with layouts, and a library.
"$XABI" dump -q testdata/hvmmem/4.7 -o "$out/dump/hvmmem.xml"
"$XABI" dump -q --arch x86_64 --audience guest testdata/hvmmem/4.7 -o "$out/dump/one.xml"
"$XABI" dump -q --profile c testdata/catalog/field.bitfield-changed/new -o "$out/dump/c.xml"
"$XABI" dump -q "$XABI_ELF/v1/libv.so" -o "$out/dump/elf.xml"
# Dumps that pass the schema but contradict themselves (dump/check.c).
r='<record name="cpu_user_regs" kind="struct"'
sed "s/$r size=\"16\"/$r size=\"-16\"/" "$out/dump/hvmmem.xml" >"$out/dump/negative-size.xml"
sed 's/scope="arch_vcpu_info" name="pad"/scope="no_such_record" name="pad"/' \
	"$out/dump/hvmmem.xml" >"$out/dump/orphan-field.xml"
sed 's/name="ecx" type="unsigned int" offset="32"/name="ecx" type="unsigned int" offset="9999"/' \
	"$out/dump/hvmmem.xml" >"$out/dump/past-end.xml"
sed '/name="HVMMEM_ram_rw" value="0"/{p;s/value="0"/value="9"/}' "$out/dump/hvmmem.xml" \
	>"$out/dump/enumerator-twice.xml"

cp testdata/policy/*.rules rules/example.rules "$out/rules/"

# Every fixture header, named after its path (a few hundred small files),
# and macros whose expansions double at each step (scan/expand.c).
find testdata -name '*.h' | sort | while read -r h; do
	cp "$h" "$out/scan/$(echo "$h" | tr / _)"
done
awk 'BEGIN { print "#define A0 1"; for (i = 1; i <= 24; i++) print "#define A" i " (A" i - 1 " + A" i - 1 ")";
	print "#define D(x) (x + x)"; s = "1"; for (i = 0; i < 24; i++) s = "D(" s ")"; print "#define N " s;
	print "#if __XEN_INTERFACE_VERSION__ + A2 >= D(0x100)\n#endif" }' >"$out/scan/blowup.h"

cp "$XABI_ELF/v1/libv.so" "$out/elf/v1.so"
cp "$XABI_ELF/v2/libv.so" "$out/elf/v2.so"
cp "$XABI_ELF/v1/libv.a" "$out/elf/v1.a"
cp "$XABI_ELF/app" "$out/elf/app"

# A small package with a header and a library, built with dpkg-deb.
pkg=$(mktemp -d)
trap 'rm -rf "$pkg"' EXIT
mkdir -p "$pkg/DEBIAN" "$pkg/usr/include/xen" "$pkg/usr/lib/x86_64-linux-gnu"
printf "Package: libseed-dev\nVersion: 1.0-1\nArchitecture: amd64\nMaintainer: xabi <t@t>\nDescription: seed\n" \
	>"$pkg/DEBIAN/control"
cp testdata/hvmmem/4.7/xen.h "$pkg/usr/include/xen/"
cp "$XABI_ELF/v1/libv.so" "$pkg/usr/lib/x86_64-linux-gnu/libv.so.1"
dpkg-deb -Zgzip --root-owner-group --build "$pkg" "$out/deb/seed.deb" >/dev/null
dpkg-deb -Zxz --root-owner-group --build "$pkg" "$out/deb/seed-xz.deb" >/dev/null
echo "seeds: $(find "$out" -type f | wc -l) files in $out"
