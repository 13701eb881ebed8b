/* SPDX-License-Identifier: MIT */
/* Text checked before libinih reads it (see initext.h). */
#include <assert.h>
#include <string.h>

#include <ini.h>

#include "buf.h"
#include "initext.h"

/* Room for the line, "@" and a section number, '\r', '\n' and '\0'. */
static_assert(XABI_INI_MAX_LINE + 21 + 3 <= INI_MAX_LINE,
	      "inih's line buffer must hold the longest line xabi accepts");

/* inih's own test: a comment starts with ';' or '#' after blanks. */
static int is_comment(const char *line, size_t len)
{
	size_t i = 0;

	while (i < len && (line[i] == ' ' || line[i] == '\t'))
		i++;
	return i < len && (line[i] == ';' || line[i] == '#');
}

int xabi_ini_text(char **out, const char *text, size_t len, const char *file,
		  struct xabi_ctx *ctx)
{
	struct xabi_buf buf = XABI_BUF_INIT;
	const char *nul = memchr(text, '\0', len);
	size_t at = 0;
	unsigned line = 0;

	*out = NULL;
	while (at < len) {
		const char *s = text + at, *nl = memchr(s, '\n', len - at);
		size_t n = nl ? (size_t)(nl - s) : len - at;
		/* inih skips a UTF-8 byte order mark before the first line. */
		size_t bom = !at && n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3) ? 3 : 0;

		line++;
		if (nul && nul < s + n) {
			xabi_buf_release(&buf);
			return XABI_ERROR(ctx, XABI_EINVALID, "%s:%u: a NUL byte at "
					  "column %zu (a rules or profile file is text)",
					  file, line, (size_t)(nul - s) + 1);
		}
		if (is_comment(s + bom, n - bom)) {
			xabi_buf_add(&buf, s, bom);
		} else if (n - bom > XABI_INI_MAX_LINE) {
			xabi_buf_release(&buf);
			return XABI_ERROR(ctx, XABI_EINVALID, "%s:%u: a line of %zu bytes; "
					  "an entry or section header may have at most %d "
					  "(a comment on a line of its own may be longer)",
					  file, line, n - bom, XABI_INI_MAX_LINE);
		} else {
			xabi_buf_add(&buf, s, n);
		}
		xabi_buf_putc(&buf, '\n');
		at += n + 1;
	}
	*out = xabi_buf_detach(&buf);
	return 0;
}

int xabi_ini_parse(const char *checked, xabi_ini_entry on_entry, void *payload)
{
	return ini_parse_string(checked, on_entry, payload);
}
