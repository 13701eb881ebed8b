/* SPDX-License-Identifier: MIT */
/* Making text safe for XML (see utf8.h). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "utf8.h"

/* The length of the valid UTF-8 sequence at s, or 0. */
static size_t sequence(const unsigned char *s)
{
	size_t n;
	unsigned cp;

	if (s[0] < 0x80)
		return 1;
	if ((s[0] & 0xe0) == 0xc0) {
		n = 2;
		cp = s[0] & 0x1f;
	} else if ((s[0] & 0xf0) == 0xe0) {
		n = 3;
		cp = s[0] & 0x0f;
	} else if ((s[0] & 0xf8) == 0xf0) {
		n = 4;
		cp = s[0] & 0x07;
	} else {
		return 0;
	}
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	/* Overlong forms, surrogates and values past Unicode are invalid. */
	if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff || cp == 0xfffe || cp == 0xffff)
		return 0;
	return n;
}

static bool forbidden(unsigned char c)
{
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

char *xabi_utf8_clean(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	struct xabi_buf out = XABI_BUF_INIT;
	bool dirty = false;

	for (const unsigned char *q = p; *q;) {
		size_t n;

		/* Printable ASCII, nearly all of it: the fast path. */
		if (*q >= 0x20 && *q < 0x80) {
			q++;
			continue;
		}
		n = sequence(q);
		if (!n || forbidden(*q)) {
			dirty = true;
			break;
		}
		q += n;
	}
	if (!dirty)
		return NULL;
	while (*p) {
		size_t n = sequence(p);

		if (!n) {
			xabi_buf_puts(&out, "\xef\xbf\xbd");
			p++;
		} else if (forbidden(*p)) {
			xabi_buf_putc(&out, '?');
			p++;
		} else {
			xabi_buf_add(&out, (const char *)p, n);
			p += n;
		}
	}
	return xabi_buf_detach(&out);
}
