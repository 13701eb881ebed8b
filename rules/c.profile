# SPDX-License-Identifier: MIT
# Profile for plain C headers: one audience, the host arch by default.
# Add include paths and definitions with -I and -D, and an interface-version
# macro (if the headers have one) with --version-macro.
#
# Hosted: the headers are compiled as a program on the machine would
# compile them, with the C library's headers (<stdio.h>, <sys/types.h>)
# from /usr/include, or from --sysroot DIR for another machine. The side's
# own root comes first on the <...> path, so a package's <pkg/other.h> is
# its own and never the copy installed here. The root is a package's or an
# install prefix's usr/include or include folder when there is one.

[profile]
name = c
description = plain C headers
layouts = usr/include include .
hosted = yes

# "host" is clang's default target, the machine xabi runs on.
[arch host]
target =
[arch x86_64]
target = x86_64-linux-gnu
multiarch = x86_64-linux-gnu
default = no
[arch x86_32]
target = i686-linux-gnu
multiarch = i386-linux-gnu
default = no
[arch arm64]
target = aarch64-linux-gnu
multiarch = aarch64-linux-gnu
default = no
[arch arm32]
target = arm-linux-gnueabihf
multiarch = arm-linux-gnueabihf
default = no

[audience default]
defines =

# Macros that name the headers' own version change with every release:
# their changes are info (LINUX_VERSION_CODE, LINUX_VERSION_SUBLEVEL,
# OPENSSL_VERSION_NUMBER, ZLIB_VERNUM, ZLIB_VER_MINOR, LIBCURL_VERSION_NUM,
# OPENSSL_RELEASE_DATE).
[version-macros]
*_VERSION = the headers' own version
*_VERSION_* = the headers' own version
*_VERNUM = the headers' own version
*_VER_MAJOR = the headers' own version
*_VER_MINOR = the headers' own version
*_VER_REVISION = the headers' own version
*_VER_SUBREVISION = the headers' own version
*_RELEASE_DATE = the headers' own release date
