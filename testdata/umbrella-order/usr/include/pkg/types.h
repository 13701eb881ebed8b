/* SPDX-License-Identifier: MIT */
#ifndef PKG_TYPES_H
#define PKG_TYPES_H
#include <pkg/int-ll64.h>
#endif
