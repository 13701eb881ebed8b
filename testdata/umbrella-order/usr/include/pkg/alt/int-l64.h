/* SPDX-License-Identifier: MIT */
/* Another arch's spelling, which no header here includes. */
#ifndef PKG_INT_L64_H
#define PKG_INT_L64_H
typedef unsigned long pkg_u64;
#endif
