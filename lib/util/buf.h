/* SPDX-License-Identifier: MIT */
/*
 * A growable string buffer (after git's strbuf).
 *
 * Invariants: `ptr` is NULL or NUL-terminated at `len`; an all-zero struct
 * (XABI_BUF_INIT) is an empty buffer. The buffer owns `ptr`; release it with
 * xabi_buf_release(), or take it with xabi_buf_detach().
 */
#ifndef XABI_UTIL_BUF_H
#define XABI_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct xabi_buf {
	char *ptr;
	size_t len, cap;
};

#define XABI_BUF_INIT { NULL, 0, 0 }

void xabi_buf_add(struct xabi_buf *b, const char *data, size_t n);
void xabi_buf_puts(struct xabi_buf *b, const char *s);
/* Room for `extra` more bytes and the terminating NUL. */
void xabi_buf_reserve(struct xabi_buf *b, size_t extra);

/* Inline: scanners call it for every byte. */
static inline void xabi_buf_putc(struct xabi_buf *b, char c)
{
	if (b->len + 2 > b->cap)
		xabi_buf_reserve(b, 1);
	b->ptr[b->len++] = c;
	b->ptr[b->len] = '\0';
}
/* Append n in decimal: what printf("%llu") does, without its parsing. */
void xabi_buf_put_uint(struct xabi_buf *b, unsigned long long n);
void xabi_buf_printf(struct xabi_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void xabi_buf_vprintf(struct xabi_buf *b, const char *fmt, va_list ap);
/* Append each string argument up to a NULL: the cheap way to build keys
 * in hot loops, where printf's parsing shows in profiles. */
void xabi_buf_cat(struct xabi_buf *b, ...) __attribute__((sentinel));
/* The contents, "" when empty (never NULL). Borrowed. */
const char *xabi_buf_cstr(const struct xabi_buf *b);
void xabi_buf_clear(struct xabi_buf *b);
void xabi_buf_release(struct xabi_buf *b);
/* Hand the string to the caller (free() it); the buffer is left empty. */
char *xabi_buf_detach(struct xabi_buf *b);

#endif
