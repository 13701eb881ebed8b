/* SPDX-License-Identifier: MIT */
/*
 * Comparing two sides entity by entity (pinned, latest and bump views).
 *
 * Facts are grouped by entity (kind, scope, name); each variant of an
 * entity holds on a set of pairs. Variants of both sides that share pairs
 * are compared attribute by attribute. Where an entity exists on one side
 * only, it was removed or added; before saying so, removed and added names
 * are paired up: an enumerator or macro that keeps its value under a new
 * name was renamed, retired or reused, a field that keeps its offset and
 * type was renamed.
 *
 * This file groups the facts and runs the stages, each in a file of its
 * own beside it (their shared state is in byname.h):
 *   unparsed.c  headers that stopped parsing, reported once;
 *   attrs.c     two variants compared, attribute by attribute;
 *   paths.c     fields followed through anonymous members given a name;
 *   renames.c   removed and added names that keep their identity paired;
 *   removals.c  what is left: removed, added, moved, colliding.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "compare.h"
#include "byname.h"

struct xabi_bitset *xabi_byname_new_pairs(const struct run *r)
{
	return xabi_bitset_new(r->pairs->n);
}

/* The pairs on which a set of configurations of side A or B holds. */
static struct xabi_bitset *pairs_of_set(const struct run *r, const struct xabi_bitset *where,
					bool side_b)
{
	struct xabi_bitset *set = xabi_byname_new_pairs(r);

	for (size_t p = 0; p < r->pairs->n; p++)
		if (xabi_bitset_test(where, side_b ? r->pairs->items[p].b : r->pairs->items[p].a))
			xabi_bitset_set(set, p);
	return set;
}

struct xabi_bitset *xabi_byname_pairs_of(struct run *r, const struct xabi_fact *f, bool side_b)
{
	struct xabi_bitset **kept = &r->pairs_by_set[side_b][f->set];

	if (!*kept)
		*kept = pairs_of_set(r, f->where, side_b);
	return xabi_bitset_empty(*kept) ? NULL : xabi_bitset_dup(*kept);
}

const struct xabi_fact *xabi_byname_fact_on_pair(const struct run *r, const struct entity *e,
						     size_t p, bool side_b)
{
	const struct variants *v = side_b ? &e->b : &e->a;
	size_t config = side_b ? r->pairs->items[p].b : r->pairs->items[p].a;

	for (size_t i = 0; i < v->n; i++)
		if (xabi_bitset_test(v->items[i].f->where, config))
			return v->items[i].f;
	return NULL;
}

/* The key of an entity, in `k`. */
static const char *entity_key(struct xabi_buf *k, enum xabi_kind kind, const char *scope,
			      const char *name)
{
	xabi_buf_clear(k);
	/* Enumerator names are unique in C whatever their enum is called,
	 * so an enum that is renamed keeps its enumerators. */
	xabi_buf_putc(k, (char)('A' + kind));
	xabi_buf_cat(k, "\x1f", kind == XABI_KIND_ENUMERATOR || !scope ? "" : scope,
		     "\x1f", name, NULL);
	return xabi_buf_cstr(k);
}

struct entity *xabi_byname_find_entity(const struct run *r, enum xabi_kind kind,
				       const char *scope, const char *name)
{
	struct xabi_buf k = XABI_BUF_INIT;
	struct entity *e = xabi_map_get(r->index, entity_key(&k, kind, scope, name));

	xabi_buf_release(&k);
	return e;
}

static void add_fact(struct run *r, const struct xabi_fact *f, bool side_b)
{
	struct xabi_bitset *pairs;
	struct entity *e;
	const char *key;

	/* Libraries and symbols are compared by xabi_compare_elf. */
	if (f->kind == XABI_KIND_LIBRARY || f->kind == XABI_KIND_SYMBOL)
		return;
	pairs = xabi_byname_pairs_of(r, f, side_b);
	if (!pairs)
		return;
	key = entity_key(&r->key, f->kind, f->scope, f->name);
	e = xabi_map_get(r->index, key);
	if (!e) {
		e = xabi_xcalloc(1, sizeof(*e));
		e->kind = f->kind;
		e->scope = f->scope;
		e->name = f->name;
		e->pres_a = xabi_byname_new_pairs(r);
		e->pres_b = xabi_byname_new_pairs(r);
		xabi_map_put(r->index, key, e);
		xabi_vec_grow((void **)&r->entities, &r->cap_entities,
			      r->n_entities + 1, sizeof(*r->entities));
		r->entities[r->n_entities++] = e;
	}
	XABI_VEC_PUSH(side_b ? &e->b : &e->a, ((struct variant){ f, pairs }));
	xabi_bitset_or(side_b ? e->pres_b : e->pres_a, pairs);
}

bool xabi_byname_differs(const struct xabi_fact *a, const struct xabi_fact *b, const char *key)
{
	return strcmp(xabi_attr(a, key), xabi_attr(b, key)) != 0;
}

void xabi_byname_report(struct run *r, enum xabi_change_id id, const struct xabi_fact *a,
			const struct xabi_fact *b, const struct xabi_bitset *pairs,
			const char *message)
{
	xabi_sink_add(r->s, id, a, b, pairs, "%s", message);
}

void xabi_byname_report_attr(struct run *r, enum xabi_change_id id, const struct xabi_fact *a,
			     const struct xabi_fact *b, const struct xabi_bitset *pairs,
			     const char *key, const char *what)
{
	char *msg = xabi_xasprintf("%s%s%s: %s %s -> %s", a->scope ? a->scope : "",
				   a->scope ? "." : "", a->name, what, xabi_attr(a, key),
				   xabi_attr(b, key));

	xabi_byname_report(r, id, a, b, pairs, msg);
	free(msg);
}

void xabi_byname_intersect(struct xabi_bitset *out, const struct xabi_bitset *a,
			   const struct xabi_bitset *b)
{
	memcpy(out->words, a->words, (a->nbits + 63) / 64 * sizeof(uint64_t));
	xabi_bitset_and(out, b);
}

static void compare_entity(struct run *r, struct entity *e)
{
	struct xabi_bitset *on = xabi_byname_new_pairs(r);

	for (size_t i = 0; i < e->a.n; i++)
		for (size_t j = 0; j < e->b.n; j++) {
			xabi_byname_intersect(on, e->a.items[i].pairs, e->b.items[j].pairs);
			if (!xabi_bitset_empty(on))
				xabi_byname_compare_variants(r, e->a.items[i].f, e->b.items[j].f, on);
		}
	xabi_bitset_free(on);
	/* What is left on one side only was removed or added. */
	for (size_t i = 0; i < e->a.n; i++) {
		xabi_bitset_andnot(e->a.items[i].pairs, e->pres_b);
		if (!xabi_bitset_empty(e->a.items[i].pairs))
			XABI_VEC_PUSH(&r->removed, ((struct pending){ e, &e->a.items[i] }));
	}
	for (size_t j = 0; j < e->b.n; j++) {
		xabi_bitset_andnot(e->b.items[j].pairs, e->pres_a);
		if (!xabi_bitset_empty(e->b.items[j].pairs))
			XABI_VEC_PUSH(&r->added, ((struct pending){ e, &e->b.items[j] }));
	}
}

void xabi_compare_by_name(struct xabi_sink *s, const struct xabi_corpus *a,
			  const struct xabi_corpus *b)
{
	struct run r = {
		.s = s, .a = a, .b = b, .pairs = s->pairs,
		.index = xabi_map_new(8192), .unparsed = xabi_map_new(64),
		.pairs_by_set = { xabi_xcalloc(a->n_sets + 1, sizeof(struct xabi_bitset *)),
				  xabi_xcalloc(b->n_sets + 1, sizeof(struct xabi_bitset *)) },
		.bump = s->view == XABI_VIEW_BUMP,
	};

	if (!r.pairs->n)
		goto out;
	for (size_t i = 0; i < a->n_facts; i++)
		add_fact(&r, a->facts[i], false);
	for (size_t i = 0; i < b->n_facts; i++)
		add_fact(&r, b->facts[i], true);
	/* A header that stopped parsing is a release matter; and only
	 * this view makes stand-in facts (which the diff owns). */
	if (!r.bump)
		xabi_byname_find_unparsed(&r);
	for (size_t i = 0; i < r.n_entities; i++)
		compare_entity(&r, r.entities[i]);
	xabi_byname_match_kind_moves(&r);
	/* Renames within a family first; what is left may have moved to a
	 * sub-family (TRC_HVM_VMEXIT to TRC_HVM_VMX_EXIT). */
	xabi_byname_match_renames(&r, false);
	xabi_byname_match_renames(&r, true);
	for (size_t i = 0; i < r.removed.n; i++)
		if (!xabi_bitset_empty(r.removed.items[i].v->pairs))
			xabi_byname_report_removal(&r, &r.removed.items[i]);
	for (size_t i = 0; i < r.added.n; i++)
		if (!xabi_bitset_empty(r.added.items[i].v->pairs))
			xabi_byname_report_addition(&r, &r.added.items[i]);
out:
	for (size_t i = 0; i < r.n_entities; i++) {
		struct entity *e = r.entities[i];

		for (size_t j = 0; j < e->a.n; j++)
			xabi_bitset_free(e->a.items[j].pairs);
		for (size_t j = 0; j < e->b.n; j++)
			xabi_bitset_free(e->b.items[j].pairs);
		free(e->a.items);
		free(e->b.items);
		xabi_bitset_free(e->pres_a);
		xabi_bitset_free(e->pres_b);
		free(e);
	}
	free(r.entities);
	free(r.removed.items);
	free(r.added.items);
	for (size_t i = 0; i < a->n_sets; i++)
		xabi_bitset_free(r.pairs_by_set[0][i]);
	for (size_t i = 0; i < b->n_sets; i++)
		xabi_bitset_free(r.pairs_by_set[1][i]);
	free(r.pairs_by_set[0]);
	free(r.pairs_by_set[1]);
	for (size_t i = 0; i < r.same_values.n; i++) {
		free(r.same_values.items[i]->v.items);
		free(r.same_values.items[i]);
	}
	free(r.same_values.items);
	xabi_map_free(r.macro_values);
	xabi_buf_release(&r.key);
	for (size_t i = 0; i < r.n_broken; i++)
		xabi_bitset_free(r.broken[i]);
	free(r.broken);
	xabi_map_free(r.unparsed);
	xabi_map_free(r.index);
}
