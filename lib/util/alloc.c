/* SPDX-License-Identifier: MIT */
/* Allocation helpers that exit on exhaustion (see alloc.h for why). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

static void die_oom(size_t size)
{
	fprintf(stderr, "xabi: out of memory (allocating %zu bytes)\n", size);
	exit(1);
}

void *xabi_xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		die_oom(size);
	return p;
}

void *xabi_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		die_oom(n * size);
	return p;
}

void *xabi_xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);

	if (!p)
		die_oom(size);
	return p;
}

char *xabi_xstrdup(const char *s)
{
	return xabi_xstrndup(s, strlen(s));
}

char *xabi_xstrdup_or_null(const char *s)
{
	return s ? xabi_xstrdup(s) : NULL;
}

char *xabi_xstrndup(const char *s, size_t n)
{
	char *p = xabi_xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xabi_xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	p = xabi_xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void xabi_vec_grow(void **items, size_t *cap, size_t need, size_t size)
{
	size_t n = *cap ? *cap : 8;

	if (need <= *cap)
		return;
	while (n < need)
		n *= 2;
	*items = xabi_xrealloc(*items, n * size);
	*cap = n;
}

void xabi_grow_one(void **items, size_t n, size_t size)
{
	if (n == 0 || !(n & (n - 1)))
		*items = xabi_xrealloc(*items, (n ? 2 * n : 1) * size);
}
