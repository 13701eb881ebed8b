/* SPDX-License-Identifier: MIT */
/*
 * A list of owned strings (after git's strvec). `items` is NULL-terminated
 * whenever n > 0; xabi_strvec_clear() frees every string and the array.
 */
#ifndef XABI_UTIL_STRVEC_H
#define XABI_UTIL_STRVEC_H

#include <stddef.h>

struct xabi_strvec {
	char **items;
	size_t n, cap;
};

#define XABI_STRVEC_INIT { NULL, 0, 0 }

/* Append a copy of s. */
void xabi_strvec_push(struct xabi_strvec *v, const char *s);
/* Append s itself: the vector takes ownership. */
void xabi_strvec_push_nodup(struct xabi_strvec *v, char *s);
void xabi_strvec_clear(struct xabi_strvec *v);

#endif
