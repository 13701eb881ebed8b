/* SPDX-License-Identifier: MIT */
/*
 * Internal: expanding macros of a scanned tree as the preprocessor would,
 * within a budget (expand.c), for what the scan must evaluate rather than
 * read: which macros can be probed, and version gates written through
 * other macros or arithmetic (gate.c).
 */
#ifndef XABI_SCAN_EXPAND_H
#define XABI_SCAN_EXPAND_H

#include <stdbool.h>
#include <stddef.h>

#include "scan/scan.h"

/* A preprocessing token: a span of text it does not own. */
struct xabi_tok {
	const char *s;
	unsigned n;
};

struct xabi_toks {
	struct xabi_tok *items;
	size_t n, cap;
};

/* Split `s` into preprocessing tokens (closely enough), appended to out. */
void xabi_lex(const char *s, struct xabi_toks *out);
bool xabi_tok_is(const struct xabi_tok *t, const char *s);
bool xabi_tok_is_ident(const struct xabi_tok *t);

/* Every macro the scan found, but the version macro itself (which is the
 * variable, not something to expand). Borrows the scan's text. */
struct xabi_expander;
struct xabi_expander *xabi_expander_new(const struct xabi_scan *s);
void xabi_expander_free(struct xabi_expander *x);

/* Whether the identifier `t` names a macro of the tree. */
bool xabi_expander_has(const struct xabi_expander *x, const struct xabi_tok *t);

/* Expand t[0..n) into `out`; false when that took more than
 * XABI_MACRO_BUDGET tokens (out then holds part of it). */
bool xabi_expand(struct xabi_expander *x, const struct xabi_tok *t, size_t n,
		 struct xabi_toks *out);

/* Set `unprobed` on each define of the scan. */
void xabi_scan_judge_macros(struct xabi_scan *s, struct xabi_expander *x);

/* Thresholds of the conditions the lexical scan left (gate.c). */
void xabi_scan_find_gates(struct xabi_scan *s, struct xabi_expander *x);

#endif
