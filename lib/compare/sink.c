/* SPDX-License-Identifier: MIT */
/*
 * Collecting findings: each is identified by a signature (its kind, the
 * entity and both sides' values, and whether it is a release, bump or
 * runtime finding); equal findings from many pairs merge into one change
 * whose `where` is the union of the pairs' report sets.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "compare.h"

/* The words of a comment, lower-cased, without punctuation. */
static size_t words_of(const char *s, char words[][32], size_t max)
{
	size_t n = 0;

	while (*s && n < max) {
		size_t len = 0;

		while (*s && !isalnum((unsigned char)*s))
			s++;
		if (!*s)
			break;
		while (isalnum((unsigned char)*s)) {
			if (len < 31)
				words[n][len++] = (char)tolower((unsigned char)*s);
			s++;
		}
		words[n++][len] = '\0';
	}
	return n;
}

/* Edit distance with transpositions (optimal string alignment). */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), d[33][33];

	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] != b[j - 1], best = d[i - 1][j - 1] + cost;

			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	return d[la][lb];
}

bool xabi_comment_same(const char *a, const char *b)
{
	/* Whitespace, case and punctuation do not change a meaning, and
	 * neither does fixing a typo: words may differ by one edit (two in
	 * long words), but not words of three letters or fewer ("on" and
	 * "off" mean different things). */
	char wa[128][32], wb[128][32];
	size_t na = words_of(a ? a : "", wa, 128), nb = words_of(b ? b : "", wb, 128);

	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++) {
		size_t len = strlen(wa[i]);

		if (!strcmp(wa[i], wb[i]))
			continue;
		if (len <= 3 || strlen(wb[i]) <= 3 ||
		    distance(wa[i], wb[i]) > (len >= 8 ? 2u : 1u))
			return false;
	}
	return true;
}

static bool contains_word(const char *s, const char *word)
{
	size_t n = strlen(word);

	for (; s && *s; s++)
		if (!strncasecmp(s, word, n))
			return true;
	return false;
}

bool xabi_marks_unused(const struct xabi_fact *f)
{
	static const char *const words[] = {
		"unused", "reserved", "placeholder", "deprecated", "obsolete",
		"retired", NULL
	};

	for (const char *const *w = words; *w; w++)
		if (contains_word(f->name, *w) || contains_word(f->comment, *w))
			return true;
	return false;
}

const char *xabi_attr(const struct xabi_fact *f, const char *key)
{
	const char *v = f ? xabi_fact_attr(f, key) : NULL;

	return v ? v : "";
}

const char *xabi_macro_family(const char *name, char *buf, size_t size)
{
	const char *p = name, *end = NULL, *last = NULL;

	/* Mixed case (HVMOP_set_param, XEN_DOMCTL_createdomain): the
	 * components before the first one with a lower-case letter. */
	for (;;) {
		const char *us = strchr(p, '_');
		const char *stop = us ? us : p + strlen(p);

		for (const char *q = p; q < stop && !end; q++)
			if (islower((unsigned char)*q))
				end = p;
		if (end || !us)
			break;
		last = us + 1;
		p = us + 1;
	}
	/* All upper case (XEN_DOMCTL_SHADOW_OP_ENABLE): every component but
	 * the last, which keeps unrelated sub-families apart. */
	if (!end || end == name)
		end = last ? last : name;
	snprintf(buf, size, "%.*s", (int)(end - name), name);
	return buf;
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
