/* SPDX-License-Identifier: MIT */
/*
 * Headers that parsed on the old side and not on the new: reported once
 * as header.unparsed, not as the removal of everything in them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "compare.h"
#include "byname.h"

void xabi_byname_without_unparsed(const struct run *r, const struct xabi_fact *f,
				  struct xabi_bitset *pairs)
{
	const struct xabi_bitset *broken = xabi_map_get(r->unparsed, f->file);

	if (broken)
		xabi_bitset_andnot(pairs, broken);
}

/* Report header n of side B as unparsed on `broken` (pairs): where side A
 * parsed it, or where it is new (no consumer of it exists yet, but it is
 * not compared either). */
static void report_unparsed(struct run *r, const struct xabi_header_note *n,
			    struct xabi_bitset *broken, bool is_new)
{
	/* The message is "path:line:col: text" (clang/parse.c); one from a
	 * dump may be anything. */
	size_t len = strlen(n->path);
	const char *at = n->message + len;
	unsigned line = !strncmp(n->message, n->path, len) && *at == ':' ?
		(unsigned)strtoul(at + 1, NULL, 10) : 0;
	const struct xabi_fact *stand_in =
		xabi_diff_stand_in(r->s->diff, XABI_KIND_HEADER, n->path, n->path, line,
				   n->message);

	if (is_new)
		xabi_sink_add(r->s, XABI_CH_HEADER_UNPARSED_NEW, NULL, stand_in, broken,
			      "%s is new and does not parse: %s", n->path, n->message);
	else
		xabi_sink_add(r->s, XABI_CH_HEADER_UNPARSED, NULL, stand_in, broken,
			      "%s parsed in the old tree but not in the new one: %s",
			      n->path, n->message);
}

void xabi_byname_find_unparsed(struct run *r)
{
	for (size_t i = 0; i < r->b->n_notes; i++) {
		const struct xabi_header_note *n = &r->b->notes[i];
		struct xabi_bitset *broken;
		const struct xabi_header *h = NULL;

		if (n->state != XABI_HEADER_FAILED)
			continue;
		for (size_t j = 0; j < r->a->n_headers && !h; j++)
			if (!strcmp(r->a->headers[j].path, n->path))
				h = &r->a->headers[j];
		broken = xabi_map_get(r->unparsed, n->path);
		if (!broken) {
			broken = xabi_byname_new_pairs(r);
			xabi_map_put(r->unparsed, n->path, broken);
			r->broken = xabi_xrealloc(r->broken, (r->n_broken + 1) * sizeof(*r->broken));
			r->broken[r->n_broken++] = broken;
		}
		for (size_t p = 0; p < r->pairs->n; p++)
			if ((!h || xabi_bitset_test(h->parsed, r->pairs->items[p].a)) &&
			    xabi_bitset_test(n->where, r->pairs->items[p].b))
				xabi_bitset_set(broken, p);
		if (!xabi_bitset_empty(broken))
			report_unparsed(r, n, broken, !h);
	}
}
