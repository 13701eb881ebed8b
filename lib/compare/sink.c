/* SPDX-License-Identifier: MIT */
/*
 * Collecting findings: each is identified by a signature (its kind, the
 * entity and both sides' values, and whether it is a release, bump or
 * runtime finding); equal findings from many pairs merge into one change
 * whose `where` is the union of the pairs' report sets.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "compare.h"

const char *xabi_attr(const struct xabi_fact *f, const char *key)
{
	const char *v = f ? xabi_fact_attr(f, key) : NULL;

	return v ? v : "";
}

static const char *view_class(unsigned view)
{
	return view & XABI_VIEW_BUMP ? "bump" : view & XABI_VIEW_RUNTIME ? "runtime" : "release";
}

static void sink_vadd(struct xabi_sink *s, enum xabi_change_id kind, enum xabi_why why,
		      const struct xabi_fact *old, const struct xabi_fact *new,
		      const struct xabi_bitset *pairs, const char *fmt, va_list args)
{
	enum xabi_severity severity = xabi_change_severity_why(kind, s->view, why);
	/* A runtime finding is about the name consumers use (the old side);
	 * any other about the new side when there is one. */
	const struct xabi_fact *side = s->view == XABI_VIEW_RUNTIME && old ? old :
				       new ? new : old;
	struct xabi_buf sig = XABI_BUF_INIT;
	struct xabi_diff *d = s->diff;
	struct xabi_change *c;
	uintptr_t slot;
	unsigned views = 0;
	va_list ap;

	/* The message names the entity and the values that changed, and
	 * nothing else: changes that differ only in what did not change
	 * (the alignment beside a size, the line) are one change. */
	va_copy(ap, args);
	xabi_buf_printf(&sig, "%s\x1f%s\x1f%d\x1f%s\x1f%s\x1f%s\x1f", view_class(s->view),
			xabi_change_kind(kind)->id, (int)severity,
			side->scope ? side->scope : "", old ? old->name : "",
			new ? new->name : "");
	xabi_buf_vprintf(&sig, fmt, ap);
	va_end(ap);
	if (s->collect) {
		xabi_map_put(s->collect, xabi_buf_cstr(&sig), (void *)1);
		goto out;
	}
	if (s->ignore && xabi_map_get(s->ignore, xabi_buf_cstr(&sig)))
		goto out;
	slot = (uintptr_t)xabi_map_get(s->index, xabi_buf_cstr(&sig));
	if (!slot) {
		xabi_vec_grow((void **)&d->changes, s->cap_changes, d->n_changes + 1,
			      sizeof(*d->changes));
		c = &d->changes[d->n_changes++];
		memset(c, 0, sizeof(*c));
		c->kind = kind;
		c->severity = severity;
		c->entity = side->kind;
		c->scope = side->scope;
		c->name = side->name;
		c->old = old;
		c->new = new;
		c->file = side->file;
		c->line = side->line;
		c->where = xabi_space_new_set(&d->space);
		va_copy(ap, args);
		{
			struct xabi_buf m = XABI_BUF_INIT;

			xabi_buf_vprintf(&m, fmt, ap);
			c->message = xabi_buf_detach(&m);
		}
		va_end(ap);
		slot = d->n_changes;
		xabi_map_put(s->index, xabi_buf_cstr(&sig), (void *)slot);
	}
	c = &d->changes[slot - 1];
	for (size_t p = xabi_bitset_next(pairs, 0); p < pairs->nbits;
	     p = xabi_bitset_next(pairs, p + 1)) {
		xabi_bitset_or(c->where, s->pairs->items[p].report);
		views |= s->pairs->items[p].view;
	}
	c->views |= views;
out:
	xabi_buf_release(&sig);
}

void xabi_sink_add(struct xabi_sink *s, enum xabi_change_id kind,
		   const struct xabi_fact *old, const struct xabi_fact *new,
		   const struct xabi_bitset *pairs, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sink_vadd(s, kind, XABI_WHY_NONE, old, new, pairs, fmt, ap);
	va_end(ap);
}

void xabi_sink_add_why(struct xabi_sink *s, enum xabi_change_id kind, enum xabi_why why,
		       const struct xabi_fact *old, const struct xabi_fact *new,
		       const struct xabi_bitset *pairs, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sink_vadd(s, kind, why, old, new, pairs, fmt, ap);
	va_end(ap);
}
