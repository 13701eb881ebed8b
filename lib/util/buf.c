/* SPDX-License-Identifier: MIT */
/* Growable string buffer (see buf.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"

void xabi_buf_reserve(struct xabi_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;

	if (need <= b->cap)
		return;
	b->cap = b->cap ? b->cap : 64;
	while (b->cap < need)
		b->cap *= 2;
	b->ptr = xabi_xrealloc(b->ptr, b->cap);
}

void xabi_buf_add(struct xabi_buf *b, const char *data, size_t n)
{
	xabi_buf_reserve(b, n);
	memcpy(b->ptr + b->len, data, n);
	b->len += n;
	b->ptr[b->len] = '\0';
}

void xabi_buf_puts(struct xabi_buf *b, const char *s)
{
	xabi_buf_add(b, s, strlen(s));
}

void xabi_buf_put_uint(struct xabi_buf *b, unsigned long long n)
{
	char digits[24];
	size_t at = sizeof(digits);

	do {
		digits[--at] = (char)('0' + n % 10);
		n /= 10;
	} while (n);
	xabi_buf_add(b, digits + at, sizeof(digits) - at);
}

void xabi_buf_vprintf(struct xabi_buf *b, const char *fmt, va_list ap)
{
	va_list copy;
	int n;

	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n <= 0)
		return;
	xabi_buf_reserve(b, (size_t)n);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void xabi_buf_printf(struct xabi_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	xabi_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void xabi_buf_cat(struct xabi_buf *b, ...)
{
	va_list ap;
	const char *s;

	va_start(ap, b);
	while ((s = va_arg(ap, const char *)))
		xabi_buf_add(b, s, strlen(s));
	va_end(ap);
}

const char *xabi_buf_cstr(const struct xabi_buf *b)
{
	return b->ptr ? b->ptr : "";
}

void xabi_buf_clear(struct xabi_buf *b)
{
	b->len = 0;
	if (b->ptr)
		b->ptr[0] = '\0';
}

void xabi_buf_release(struct xabi_buf *b)
{
	free(b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
}

char *xabi_buf_detach(struct xabi_buf *b)
{
	char *s = b->ptr ? b->ptr : xabi_xstrdup("");

	b->ptr = NULL;
	b->len = b->cap = 0;
	return s;
}
