/* SPDX-License-Identifier: MIT */
/* Making text safe for XML (see utf8.h). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "utf8.h"
#include "xabi/text.h"

/* The length of the valid UTF-8 sequence at s, or 0; its code point in
 * *out. */
static size_t decode(const unsigned char *s, unsigned *out)
{
	size_t n;
	unsigned cp;

	if (s[0] < 0x80) {
		*out = s[0];
		return 1;
	}
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
	*out = cp;
	return n;
}

size_t xabi_utf8_sequence(const char *s)
{
	unsigned cp;

	return decode((const unsigned char *)s, &cp);
}

static size_t sequence(const unsigned char *s)
{
	return xabi_utf8_sequence((const char *)s);
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

/* What a terminal acts on rather than shows: C0 and C1 controls, DEL, and
 * the bidirectional overrides and isolates that reorder what follows. */
static bool acts_on_terminal(unsigned cp, bool keep_newlines)
{
	if (cp == '\n')
		return !keep_newlines;
	return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ||
	       (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

char *xabi_text_escape(const char *s, bool keep_newlines)
{
	const unsigned char *p = (const unsigned char *)s;
	struct xabi_buf out = XABI_BUF_INIT;
	const unsigned char *q = p;
	unsigned cp;
	size_t n;

	/* Printable ASCII, nearly all of it: the fast path. */
	while (*q) {
		if (*q >= 0x20 && *q < 0x7f) {
			q++;
			continue;
		}
		n = decode(q, &cp);
		if (!n || acts_on_terminal(cp, keep_newlines))
			break;
		q += n;
	}
	if (!*q)
		return NULL;
	xabi_buf_add(&out, s, (size_t)(q - p));
	while (*q) {
		n = decode(q, &cp);
		if (n && !acts_on_terminal(cp, keep_newlines))
			xabi_buf_add(&out, (const char *)q, n);
		else
			for (size_t i = 0; i < (n ? n : 1); i++)
				xabi_buf_printf(&out, "\\x%02x", q[i]);
		q += n ? n : 1;
	}
	return xabi_buf_detach(&out);
}
