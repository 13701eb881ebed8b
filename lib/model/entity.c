/* SPDX-License-Identifier: MIT */
/*
 * One entity of a corpus as a table of its variants (xabi/entity.h): what
 * `xabi show` prints for one source and `xabi history --entity` for each.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "xabi/entity.h"

static char *location(const struct xabi_fact *f)
{
	return xabi_xasprintf("%s:%u", f->file, f->line);
}

static long long member_order(const struct xabi_fact *f)
{
	const char *v = xabi_fact_attr(f, f->kind == XABI_KIND_FIELD ? "offset" : "value");

	return v ? strtoll(v, NULL, 10) : 0;
}

static int row_cmp(const void *a, const void *b)
{
	const struct xabi_entity_row *x = a, *y = b;

	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* Append a row for c->facts[i] to the last section. */
static void add_row(struct xabi_entity *e, const struct xabi_corpus *c, size_t i,
		    const char *name, long long order)
{
	struct xabi_entity_section *s = &e->sections[e->n_sections - 1];
	const struct xabi_fact *f = c->facts[i];
	struct xabi_entity_row *r;

	s->rows = xabi_xrealloc(s->rows, (s->n_rows + 1) * sizeof(*s->rows));
	r = &s->rows[s->n_rows++];
	r->col[XABI_ENTITY_NAME] = xabi_xstrdup(name);
	r->col[XABI_ENTITY_ATTRS] = xabi_fact_attrs_text(f);
	r->col[XABI_ENTITY_WHERE] = xabi_space_where(&c->space, f->where);
	r->col[XABI_ENTITY_LOCATION] = location(f);
	r->order = order;
	r->index = i;
}

static void open_section(struct xabi_entity *e, const char *what, const char *name)
{
	e->sections = xabi_xrealloc(e->sections, (e->n_sections + 1) * sizeof(*e->sections));
	e->sections[e->n_sections++] = (struct xabi_entity_section){
		.title = xabi_xasprintf("%s %s", what, name),
	};
}

/* Drop the last section when it has no rows; sort the rows of a kept one. */
static void close_section(struct xabi_entity *e)
{
	struct xabi_entity_section *s = &e->sections[e->n_sections - 1];

	if (s->n_rows) {
		qsort(s->rows, s->n_rows, sizeof(*s->rows), row_cmp);
		return;
	}
	free(s->title);
	free(s->rows);
	e->n_sections--;
}

static void collect(struct xabi_entity *e, const struct xabi_corpus *c, const char *name)
{
	/* The entity itself, each kind of it in turn. */
	for (int kind = 0; kind < XABI_KIND_COUNT; kind++) {
		open_section(e, xabi_kind_name(kind), name);
		for (size_t i = 0; i < c->n_facts; i++) {
			const struct xabi_fact *f = c->facts[i];

			if ((int)f->kind == kind && !strcmp(f->name, name))
				add_row(e, c, i, f->scope ? f->scope : "", 0);
		}
		close_section(e);
	}
	/* Its members: enumerators by value, fields by offset. */
	open_section(e, "members of", name);
	for (size_t i = 0; i < c->n_facts; i++) {
		const struct xabi_fact *f = c->facts[i];

		if (f->scope && !strcmp(f->scope, name))
			add_row(e, c, i, f->name, member_order(f));
	}
	close_section(e);
}

int xabi_entity_find(struct xabi_entity **out, const struct xabi_corpus *c,
		     const char *name, struct xabi_ctx *ctx)
{
	struct xabi_entity *e = xabi_xcalloc(1, sizeof(*e));

	*out = NULL;
	collect(e, c, name);
	if (!e->n_sections) {
		xabi_entity_free(e);
		return XABI_ERROR(ctx, XABI_ENOTFOUND, "no enum, enumerator, macro, record, "
				  "field, typedef, function or variable named '%s'", name);
	}
	*out = e;
	return 0;
}

void xabi_entity_free(struct xabi_entity *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->n_sections; i++) {
		struct xabi_entity_section *s = &e->sections[i];

		for (size_t j = 0; j < s->n_rows; j++)
			for (int k = 0; k < XABI_ENTITY_COLUMNS; k++)
				free(s->rows[j].col[k]);
		free(s->rows);
		free(s->title);
	}
	free(e->sections);
	free(e);
}
