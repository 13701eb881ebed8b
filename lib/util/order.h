/* SPDX-License-Identifier: MIT */
/* The qsort() orders every room sorts by: one copy of each. */
#ifndef XABI_UTIL_ORDER_H
#define XABI_UTIL_ORDER_H

/* An array of strings (char * or const char *), by strcmp(). */
int xabi_order_strings(const void *a, const void *b);
/* An array of uint64_t, ascending. */
int xabi_order_u64(const void *a, const void *b);

#endif
