/* SPDX-License-Identifier: MIT */
/* What this arch's consumers get, through pkg/types.h. */
#ifndef PKG_INT_LL64_H
#define PKG_INT_LL64_H
typedef unsigned long long pkg_u64;
#endif
