/* SPDX-License-Identifier: MIT */
/*
 * ABI history across releases: each release compared with the next, and
 * one entity as each release declares it, gathered into a static HTML
 * page (no network, no scripts, inline CSS).
 *
 * A history holds only what it will print: a pair's findings are rendered
 * when the pair is added, so the caller frees each diff and corpus at
 * once and keeps at most two corpora in memory however many releases.
 *
 * Ownership: xabi_history_new() returns a heap object the caller frees
 * with xabi_history_free(); it copies every string it is given.
 */
#ifndef XABI_HISTORY_H
#define XABI_HISTORY_H

#include <stddef.h>
#include <stdio.h>

#include "xabi/diff.h"
#include "xabi/entity.h"
#include "xabi/error.h"

/*
 * The most important findings of `d`, the ones a timeline names: its
 * first roots of the highest severity above info it has (errors, else
 * warnings), at most `max`, in the diff's order (file, line). Stores them
 * in out[] (borrowed from d) and returns how many.
 */
size_t xabi_history_top(const struct xabi_diff *d, const struct xabi_change **out,
			size_t max);
/* "file:line kind name" of a finding (no line for a whole header), for
 * one line of a table. Caller frees. */
char *xabi_history_headline(const struct xabi_change *c);

struct xabi_history;

/* Errors: XABI_EGENERIC when no memory buffer can be opened. */
int xabi_history_new(struct xabi_history **out, struct xabi_ctx *ctx);
void xabi_history_free(struct xabi_history *h);

/*
 * Add the pair old -> new (labels as the page shows them): its counts,
 * exit bits and findings, rendered now; `d` may be freed afterwards. A
 * pair that could not be compared has d NULL and `failure` saying why.
 * Errors: XABI_EGENERIC when a memory buffer fails.
 */
int xabi_history_add_pair(struct xabi_history *h, const char *old, const char *new,
			  const struct xabi_diff *d, const char *failure,
			  struct xabi_ctx *ctx);
/*
 * Add the entity as release `label` declares it (NULL: it declares
 * nothing of that name), rendered now; `e` may be freed afterwards. A
 * release where it is what it was in the previous one (lines aside) is
 * one line, "unchanged since" the release that made it so.
 */
int xabi_history_add_entity(struct xabi_history *h, const char *label,
			    const struct xabi_entity *e, struct xabi_ctx *ctx);

/*
 * Write the page: the timeline (a row per pair), each pair's findings
 * grouped by root change, and, when `entity` is not NULL, that entity's
 * timeline. Returns 0 or XABI_EIO.
 */
int xabi_history_write_html(const struct xabi_history *h, const char *entity, FILE *fp,
			    struct xabi_ctx *ctx);

#endif
