/* SPDX-License-Identifier: MIT */
/*
 * Text from headers goes into XML, which must be UTF-8 without control
 * characters; a header in Latin-1 must not make a dump unreadable.
 */
#ifndef XABI_UTIL_UTF8_H
#define XABI_UTIL_UTF8_H

#include <stddef.h>

/*
 * NULL when `s` is already valid UTF-8 free of the control characters XML
 * forbids; otherwise a copy (caller frees) with each invalid byte replaced
 * by U+FFFD and each forbidden control character by '?'.
 */
char *xabi_utf8_clean(const char *s);

/* The length of the valid UTF-8 sequence at `s` (1 for ASCII, 1 for the
 * terminating NUL), or 0 for a byte that starts none. */
size_t xabi_utf8_sequence(const char *s);

/* xabi_text_escape(), for terminals, is public: xabi/text.h. */

#endif
