/* SPDX-License-Identifier: MIT */
/*
 * The identifiers of C text, for what incremental extraction must know of
 * a header before parsing it (alike.c): which names it uses, which it
 * defines, which directive each is in. Closely enough: comments, string
 * and character literals and line splices are understood, nothing else.
 */
#include <string.h>

#include "../util/alloc.h"
#include "words.h"

static bool is_ident_start(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_ident_char(char c)
{
	return is_ident_start(c) || (c >= '0' && c <= '9');
}

void xabi_split_words(const char *s, struct xabi_words *out)
{
	enum { LINE_START, CODE, HASH, DIRECTIVE } at = LINE_START;

	while (*s) {
		const char *start = s;

		if (s[0] == '/' && s[1] == '*') {
			const char *end = strstr(s + 2, "*/");

			s = end ? end + 2 : s + strlen(s);
		} else if (s[0] == '/' && s[1] == '/') {
			s += strcspn(s, "\n");
		} else if (s[0] == '\\' && s[1] == '\n') {
			s += 2; /* the line goes on */
		} else if (*s == '\n') {
			if (at == HASH || at == DIRECTIVE)
				XABI_VEC_PUSH(out, ((struct xabi_word){ s, 0, XABI_WORD_END }));
			at = LINE_START;
			s++;
		} else if (*s == '"' || *s == '\'') {
			char q = *s++;

			while (*s && *s != q && *s != '\n')
				s += s[0] == '\\' && s[1] ? 2 : 1;
			s += *s == q;
			at = at == LINE_START ? CODE : at;
		} else if (*s == '#' && at == LINE_START) {
			at = HASH;
			s++;
		} else if (is_ident_start(*s)) {
			while (is_ident_char(*s))
				s++;
			XABI_VEC_PUSH(out, ((struct xabi_word){ start, (unsigned)(s - start),
							   at == HASH ? XABI_WORD_KEYWORD :
							   at == DIRECTIVE ? XABI_WORD_DIRECTIVE :
							   XABI_WORD_CODE }));
			at = at == HASH || at == DIRECTIVE ? DIRECTIVE : CODE;
		} else {
			if (*s != ' ' && *s != '\t' && at == LINE_START)
				at = CODE;
			s++;
		}
	}
	if (at == HASH || at == DIRECTIVE)
		XABI_VEC_PUSH(out, ((struct xabi_word){ s, 0, XABI_WORD_END }));
}

bool xabi_word_is(const struct xabi_word *w, const char *text)
{
	return w->n == strlen(text) && !strncmp(w->s, text, w->n);
}

bool xabi_word_name(const struct xabi_word *w, char buf[XABI_WORD_MAX])
{
	if (w->n >= XABI_WORD_MAX)
		return false;
	memcpy(buf, w->s, w->n);
	buf[w->n] = '\0';
	return true;
}
