/* SPDX-License-Identifier: MIT */
/* Internal: the identifiers of C text (words.c). */
#ifndef XABI_CLANG_WORDS_H
#define XABI_CLANG_WORDS_H

#include <stdbool.h>
#include <stddef.h>

/* The longest identifier taken for a name. */
#define XABI_WORD_MAX 256

enum xabi_word_kind {
	XABI_WORD_CODE,      /* outside directives */
	XABI_WORD_KEYWORD,   /* the directive's name: if, define, endif, ... */
	XABI_WORD_DIRECTIVE, /* in a directive, after its name */
	XABI_WORD_END,       /* the end of a directive line (no text) */
};

struct xabi_word {
	const char *s;
	unsigned n;
	enum xabi_word_kind kind;
};

struct xabi_words {
	struct xabi_word *items;
	size_t n, cap;
};

/* The identifiers of `s` outside comments and literals, appended to `out`;
 * they point into `s`. */
void xabi_split_words(const char *s, struct xabi_words *out);
/* Whether word w is `text`. */
bool xabi_word_is(const struct xabi_word *w, const char *text);
/* The word as a string, in `buf`; false when it is too long to be a name. */
bool xabi_word_name(const struct xabi_word *w, char buf[XABI_WORD_MAX]);

#endif
