# SPDX-License-Identifier: MIT
# Profile for the Xen hypervisor's public headers (xen/include/public).
#
# A profile says how consumers compile a header tree: the arches, the
# audiences and the interface-version macro. xabi evaluates the headers in
# every combination. Read by libinih: "key = value", "#" or ";" comments.

[profile]
name = xen
description = Xen hypervisor public interface headers
# A consumer picks an interface by defining this macro; the tree names its
# newest interface in the second one (xen-compat.h).
version_macro = __XEN_INTERFACE_VERSION__
latest_macro = __XEN_LATEST_INTERFACE_VERSION__
# The root of the public headers is the folder holding this file. It is
# looked for in these places under what the user gives, first match wins:
# a Xen source tree, its xen/ folder, the public folder itself, an
# installed prefix (usr/include/xen), a sysroot.
root_marker = xen-compat.h
layouts = xen/include/public include/public . xen usr/include/xen include/xen
# The root is also reachable as public/: arch-arm/smccc.h includes
# "public/xen.h", as the hypervisor's own build sees it.
include_alias = public
# Read before any header: the headers use fixed-width types without
# including anything, and some arch headers (arch-x86/xen-mca.h) need
# xen.h first.
prelude = <stdint.h> <stddef.h> "xen.h"
# An installed prefix (libxen-dev, /usr) keeps the toolstack's headers
# beside the public ones: libxl.h, xenctrl.h, xenstore.h in usr/include.
# They are read too, with the c profile (hosted, as the tools compile
# them), and hold for the tools audience on the host's arch.
beside = c
beside_layouts = xen usr/include/xen include/xen
beside_audience = tools

# The arches a consumer compiles for, with the clang target for each.
# Compiled freestanding: no C library or sysroot is needed.
[arch x86_64]
target = x86_64-linux-gnu
[arch x86_32]
target = i686-linux-gnu
[arch arm64]
target = aarch64-linux-gnu
[arch arm32]
target = arm-linux-gnueabihf
# 64-bit only, LP64 and little-endian, as Xen builds them; releases before
# their port (xen.h: "Unsupported architecture") refuse them. Not evaluated
# unless asked for (--arch ...,riscv64,ppc64): they cost about 40% more
# parse work, and in trees without their port every fact's "where" would
# name the four others. A change to arch-riscv.h or arch-ppc.h is then
# reported as not covered, never as no change.
[arch riscv64]
target = riscv64-linux-gnu
default = no
[arch ppc64]
target = powerpc64le-linux-gnu
default = no

# Audiences: what the consumer defines. xen-compat.h pins tools and the
# hypervisor to the latest interface version, so they have one partition.
[audience guest]
defines =
[audience tools]
defines = __XEN_TOOLS__
pinned = yes
# The hypervisor's own view includes headers from the hypervisor's tree
# (<xen/bug.h>, ...), so it is only useful inside a Xen source tree.
[audience hypervisor]
defines = __XEN__
pinned = yes
default = no

# Headers that belong to some arches only; first matching pattern wins.
# Elsewhere they are not parsed (the x86_32 and x86_64 variants define the
# same structs differently and cannot be read together).
[arch-headers]
arch-x86/xen-x86_32.h = x86_32
arch-x86/xen-x86_64.h = x86_64
arch-x86_32.h = x86_32
arch-x86_64.h = x86_64
arch-x86/* = x86_64 x86_32
arch-arm* = arm64 arm32
arch-ppc* = ppc64
arch-riscv* = riscv64

# Headers never parsed, with the reason (shown in dumps and reports).
[skip]
sys/* = Linux driver interfaces (privcmd, evtchn, gntdev) installed beside the public headers; they need kernel headers and are not the hypervisor's ABI
io/libxenvchan.h = the libxenvchan library's API, which needs a C library's <sys/types.h>; not part of the hypervisor's ABI

# Xen's interface policies (lib/policy/xen.c); rules files can turn them off.
[policy]
# An incompatible change that reaches guests pinned to an interface
# version the old release already offered.
ungated_change = yes
# A tools interface with its own version macro (below) changed
# incompatibly and the macro did not increase; with the increase the
# changes are expected and drop to info.
version_not_bumped = yes
# A struct laid out alike on the 32- and 64-bit arches of a family that no
# longer is: Xen's 32-bit compat translation depends on it.
arch_divergence = yes
# In a Xen source tree, the list of records the 32-bit compat layer reuses
# natively ('?': Xen checks at build time that they are laid out alike) or
# translates ('!'), relative to the header root. A '?' record that parts
# ways is reported even when it already differed in the old release.
compat_list = ../xlat.lst

# Tools-only interfaces guarded by their own version macro.
[interface-versions]
domctl.h = XEN_DOMCTL_INTERFACE_VERSION
sysctl.h = XEN_SYSCTL_INTERFACE_VERSION
vm_event.h = VM_EVENT_INTERFACE_VERSION

# Records that fill a page shared by a frontend and a backend (or a guest
# and Xen): each side reads only the fields it knows, so fields added at the
# end, within the page, break nobody. Value: the page size in bytes.
[shared-pages]
xenstore_domain_interface = 4096
xencons_interface = 4096

# The 32-bit and the 64-bit arch of each family.
[arch-families]
x86 = x86_32 x86_64
arm = arm32 arm64
