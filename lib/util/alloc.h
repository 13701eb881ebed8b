/* SPDX-License-Identifier: MIT */
/*
 * Allocation that cannot fail: on exhaustion the process reports and exits
 * (as git's xmalloc does). Running out of memory is not an input error a
 * caller could recover from, and checking every small allocation would bury
 * the real error paths.
 */
#ifndef XABI_UTIL_ALLOC_H
#define XABI_UTIL_ALLOC_H

#include <stddef.h>

void *xabi_xmalloc(size_t size);
void *xabi_xcalloc(size_t n, size_t size);
void *xabi_xrealloc(void *ptr, size_t size);
char *xabi_xstrdup(const char *s);
/* A copy of `s`, or NULL when s is NULL. */
char *xabi_xstrdup_or_null(const char *s);
char *xabi_xstrndup(const char *s, size_t n);
char *xabi_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Free *pp and set it to NULL. */
#define XABI_FREE(p) do { free(p); (p) = NULL; } while (0)

/*
 * Typed growable arrays: XABI_VEC(int) v = {0}; XABI_VEC_PUSH(&v, 3);
 * `items` is owned by the vector; free it with free(v.items).
 */
#define XABI_VEC(T) struct { T *items; size_t n, cap; }
#define XABI_VEC_GROW(v, need) \
	xabi_vec_grow((void **)&(v)->items, &(v)->cap, (need), sizeof(*(v)->items))
#define XABI_VEC_PUSH(v, x) \
	(XABI_VEC_GROW((v), (v)->n + 1), (v)->items[(v)->n++] = (x))

void xabi_vec_grow(void **items, size_t *cap, size_t need, size_t size);

/*
 * Room for (*items)[n] in an array that grows one element at a time and
 * keeps no capacity (n is its count): it reallocates only when n is 0 or a
 * power of two, to twice n. Growing by one each time cost a copy of the
 * whole array per element wherever realloc moves blocks (AddressSanitizer
 * always does): minutes for a header of 50,000 macros.
 */
void xabi_grow_one(void **items, size_t n, size_t size);

#endif
