/* SPDX-License-Identifier: MIT */
/* Text from the inputs shown to people: names, paths, comments. */
#ifndef XABI_TEXT_H
#define XABI_TEXT_H

#include <stdbool.h>

/*
 * Text for a terminal or a log read line by line: NULL when `s` is valid
 * UTF-8 free of anything a terminal acts on; otherwise a copy (caller
 * frees) with each control character (C0 but a newline when
 * `keep_newlines`, DEL, C1, the bidirectional overrides) and each byte
 * that is not UTF-8 written visibly as "\xNN", byte by byte. A header's
 * name then cannot recolour a terminal, move its cursor or start a line
 * of its own.
 */
char *xabi_text_escape(const char *s, bool keep_newlines);

#endif
