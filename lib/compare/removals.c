/* SPDX-License-Identifier: MIT */
/*
 * What is left on one side only: removals (or a move behind a version
 * gate or to another audience), additions, and macros that newly share a
 * value with another of their family.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "compare.h"
#include "byname.h"

static const enum xabi_change_id added_id[XABI_KIND_COUNT] = {
	XABI_CH_ENUM_ADDED, XABI_CH_ENUMERATOR_ADDED, XABI_CH_MACRO_ADDED,
	XABI_CH_RECORD_ADDED, XABI_CH_FIELD_ADDED, XABI_CH_TYPEDEF_ADDED,
	XABI_CH_FUNCTION_ADDED, XABI_CH_VARIABLE_ADDED, XABI_CH_COUNT,
};

static const enum xabi_change_id removed_id[XABI_KIND_COUNT] = {
	XABI_CH_ENUM_REMOVED, XABI_CH_ENUMERATOR_REMOVED, XABI_CH_MACRO_REMOVED,
	XABI_CH_RECORD_REMOVED, XABI_CH_FIELD_REMOVED, XABI_CH_TYPEDEF_REMOVED,
	XABI_CH_FUNCTION_REMOVED, XABI_CH_VARIABLE_REMOVED, XABI_CH_COUNT,
};

/* Drop from `pairs` those where the enclosing record or enum of f is
 * missing on the given side: its own addition or removal says it all. */
static void without_missing_parent(const struct run *r, const struct xabi_fact *f,
				   struct xabi_bitset *pairs, bool side_b)
{
	struct entity *parent;

	if (!f->scope || (f->kind != XABI_KIND_FIELD && f->kind != XABI_KIND_ENUMERATOR))
		return;
	parent = xabi_byname_find_entity(r, f->kind == XABI_KIND_FIELD ? XABI_KIND_RECORD : XABI_KIND_ENUM,
					 NULL, f->scope);
	if (!parent)
		return;
	/* Keep only pairs where the parent exists on that side. */
	xabi_bitset_and(pairs, side_b ? parent->pres_b : parent->pres_a);
}

static const struct xabi_config *side_config(const struct run *r, size_t p, bool side_b)
{
	return side_b ? &r->b->space.configs[r->pairs->items[p].b] :
		&r->a->space.configs[r->pairs->items[p].a];
}

/*
 * Is entity e on side B, for the arch of pair p, at another audience but
 * the same interface version (it moved between audiences), or at least
 * somewhere for that arch (it moved between versions)?
 */
static bool on_b_for_arch(const struct run *r, const struct entity *e, size_t p,
			  bool other_audience_same_version)
{
	const struct xabi_config *k = side_config(r, p, true);
	uint64_t v = xabi_space_partition_rep(&r->b->space, k->partition);

	for (size_t q = xabi_bitset_next(e->pres_b, 0); q < e->pres_b->nbits;
	     q = xabi_bitset_next(e->pres_b, q + 1)) {
		const struct xabi_config *kq = side_config(r, q, true);
		const struct xabi_partition *pq = &r->b->space.partitions[kq->partition];

		if (kq->arch != k->arch)
			continue;
		if (!other_audience_same_version)
			return true;
		if (kq->audience != k->audience && v >= pq->lo && v < pq->hi)
			return true;
	}
	return false;
}

/* A field that is gone breaks binaries only if the layout moved; either
 * way it breaks the consumers' source (the name is gone): say which. */
static void report_field_removal(struct run *r, const struct xabi_fact *f,
				 const struct xabi_bitset *pairs)
{
	struct xabi_bitset *kept = xabi_byname_new_pairs(r), *moved = xabi_byname_new_pairs(r);
	char *msg;

	struct xabi_bitset *one = xabi_byname_new_pairs(r);

	for (size_t p = xabi_bitset_next(pairs, 0); p < pairs->nbits;
	     p = xabi_bitset_next(pairs, p + 1)) {
		xabi_bitset_clear_bit(one, p ? p - 1 : 0);
		xabi_bitset_set(one, p);
		xabi_bitset_set(xabi_byname_record_keeps_size(r, f, one) ? kept : moved, p);
		xabi_bitset_clear_bit(one, p);
	}
	xabi_bitset_free(one);
	msg = xabi_xasprintf("field %s.%s was removed (the record keeps its size: compiled "
			     "consumers are unaffected, those that name it stop compiling)",
			     f->scope, f->name);
	if (!xabi_bitset_empty(kept))
		xabi_byname_report(r, XABI_CH_FIELD_REMOVED, f, NULL, kept, msg);
	free(msg);
	msg = xabi_xasprintf("field %s.%s was removed", f->scope, f->name);
	if (!xabi_bitset_empty(moved))
		xabi_byname_report(r, XABI_CH_FIELD_REMOVED, f, NULL, moved, msg);
	free(msg);
	xabi_bitset_free(kept);
	xabi_bitset_free(moved);
}

void xabi_byname_report_removal(struct run *r, const struct pending *pd)
{
	const struct xabi_fact *f = pd->v->f;
	struct xabi_bitset *gate = xabi_byname_new_pairs(r), *audience = xabi_byname_new_pairs(r), *gone = xabi_byname_new_pairs(r);
	char *msg;

	without_missing_parent(r, f, pd->v->pairs, true);
	xabi_byname_without_unparsed(r, f, pd->v->pairs);
	xabi_byname_without_same_path(r, f, pd->v->pairs, true);
	if (f->kind == XABI_KIND_FIELD) {
		if (!xabi_bitset_empty(pd->v->pairs))
			report_field_removal(r, f, pd->v->pairs);
		goto out;
	}
	for (size_t p = xabi_bitset_next(pd->v->pairs, 0); p < pd->v->pairs->nbits;
	     p = xabi_bitset_next(pd->v->pairs, p + 1)) {
		if (r->bump)
			xabi_bitset_set(gone, p);
		else if (on_b_for_arch(r, pd->e, p, true))
			xabi_bitset_set(audience, p);
		else if (on_b_for_arch(r, pd->e, p, false))
			xabi_bitset_set(gate, p);
		else
			xabi_bitset_set(gone, p);
	}
	msg = xabi_xasprintf("%s %s%s%s is no longer visible at interface versions that saw it",
			     xabi_kind_name(f->kind), f->scope ? f->scope : "",
			     f->scope ? "." : "", f->name);
	if (!xabi_bitset_empty(gate))
		xabi_byname_report(r, XABI_CH_ENTITY_VERSION_GATE_CHANGED, f, NULL, gate, msg);
	free(msg);
	msg = xabi_xasprintf("%s %s%s%s is no longer visible to an audience that saw it, "
			     "though others still see it", xabi_kind_name(f->kind),
			     f->scope ? f->scope : "", f->scope ? "." : "", f->name);
	if (!xabi_bitset_empty(audience))
		xabi_byname_report(r, XABI_CH_ENTITY_AUDIENCE_CHANGED, f, NULL, audience, msg);
	free(msg);
	msg = xabi_xasprintf("%s %s%s%s was removed", xabi_kind_name(f->kind),
			     f->scope ? f->scope : "", f->scope ? "." : "", f->name);
	if (!xabi_bitset_empty(gone))
		xabi_byname_report(r, removed_id[f->kind], f, NULL, gone, msg);
	free(msg);
out:
	xabi_bitset_free(gate);
	xabi_bitset_free(audience);
	xabi_bitset_free(gone);
}

static const char *family_value_key(struct xabi_buf *k, const struct xabi_fact *f)
{
	char family[128];

	xabi_buf_clear(k);
	xabi_buf_cat(k, xabi_macro_family(f->name, family, sizeof(family)), "\x1f",
		     xabi_attr(f, "value"), NULL);
	return xabi_buf_cstr(k);
}

/* Index the new side's macros by family and value, once: additions are
 * many and entities thousands, so a scan per addition would be quadratic.
 * Only macros the old side has too can collide: thousands of new macros of
 * one value would otherwise each look at all the others. */
static void index_macro_values(struct run *r)
{
	r->macro_values = xabi_map_new(4096);
	for (size_t i = 0; i < r->n_entities; i++) {
		const struct entity *e = r->entities[i];

		if (e->kind != XABI_KIND_MACRO || xabi_bitset_empty(e->pres_a))
			continue;
		for (size_t j = 0; j < e->b.n; j++) {
			const char *key = family_value_key(&r->key, e->b.items[j].f);
			struct same_value *sv = xabi_map_get(r->macro_values, key);

			if (!sv) {
				sv = xabi_xcalloc(1, sizeof(*sv));
				xabi_map_put(r->macro_values, key, sv);
				XABI_VEC_PUSH(&r->same_values, sv);
			}
			XABI_VEC_PUSH(&sv->v, ((struct same_value_item){ e, e->b.items[j].f }));
		}
	}
}

/* Another macro of the same family that has this value on both sides. */
static const struct xabi_fact *colliding_macro(struct run *r,
					       const struct xabi_fact *f,
					       const struct xabi_bitset *pairs)
{
	const struct same_value *sv;

	if (!r->macro_values)
		index_macro_values(r);
	sv = xabi_map_get(r->macro_values, family_value_key(&r->key, f));
	for (size_t i = 0; sv && i < sv->v.n; i++) {
		const struct entity *e = sv->v.items[i].e;
		/* Its variants' pair sets have shrunk to what is left
		 * unexplained; ask afresh where it holds. */
		struct xabi_bitset *both;
		size_t stem;
		bool hit;

		/* A bound that names its family's last item (XEN_DOMCTL_CDF_MAX)
		 * shares that item's value by design. */
		if (e->name == f->name || xabi_byname_bound_role(e->name, &stem) != NOT_BOUND ||
		    !(both = xabi_byname_pairs_of(r, sv->v.items[i].f, true)))
			continue;
		xabi_bitset_and(both, e->pres_a);
		xabi_bitset_and(both, pairs);
		hit = !xabi_bitset_empty(both);
		xabi_bitset_free(both);
		if (hit)
			return sv->v.items[i].f;
	}
	return NULL;
}

void xabi_byname_report_addition(struct run *r, const struct pending *pd)
{
	const struct xabi_fact *f = pd->v->f, *other;
	char *msg;

	without_missing_parent(r, f, pd->v->pairs, false);
	xabi_byname_without_same_path(r, f, pd->v->pairs, false);
	if (xabi_bitset_empty(pd->v->pairs))
		return;
	if (f->kind == XABI_KIND_ENUMERATOR || f->kind == XABI_KIND_MACRO)
		msg = xabi_xasprintf("%s %s%s%s = %s was added", xabi_kind_name(f->kind),
				     f->scope ? f->scope : "", f->scope ? "." : "", f->name,
				     xabi_attr(f, "value"));
	else
		msg = xabi_xasprintf("%s %s%s%s was added", xabi_kind_name(f->kind),
				     f->scope ? f->scope : "", f->scope ? "." : "", f->name);
	xabi_byname_report(r, added_id[f->kind], NULL, f, pd->v->pairs, msg);
	free(msg);
	if (f->kind == XABI_KIND_MACRO && !r->bump &&
	    (other = colliding_macro(r, f, pd->v->pairs))) {
		msg = xabi_xasprintf("%s = %s now shares its value with %s", f->name,
				     xabi_attr(f, "value"), other->name);
		xabi_byname_report(r, XABI_CH_MACRO_COLLISION, NULL, f, pd->v->pairs, msg);
		free(msg);
	}
}
