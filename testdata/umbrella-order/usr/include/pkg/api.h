/* SPDX-License-Identifier: MIT */
#ifndef PKG_API_H
#define PKG_API_H
#include <pkg/types.h>

struct pkg_rec {
	pkg_u64 v[2];
	pkg_u64 *next;
};
#endif
