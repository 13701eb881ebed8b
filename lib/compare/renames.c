/* SPDX-License-Identifier: MIT */
/*
 * Pairing removed names with added ones that keep their identity (an
 * enumerator its enum and value, a macro its family and value, a field its
 * offset and type): renamed, retired or reused, not removed and added.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "compare.h"
#include "byname.h"

/* A removed name and an added one that share their identity (value, or
 * offset and type): say how the meaning moved. */
static void classify_rename(struct run *r, const struct xabi_fact *a,
			    const struct xabi_fact *b, const struct xabi_bitset *on)
{
	bool enumerator = a->kind == XABI_KIND_ENUMERATOR;
	char *msg = NULL;
	enum xabi_change_id id;

	/* Across a version bump renaming is how Xen evolves an interface;
	 * the runtime view judges what the values mean. */
	if (r->bump && a->kind != XABI_KIND_FIELD)
		return;
	if (a->kind == XABI_KIND_FIELD) {
		id = xabi_byname_looks_reserved(a->name) ? XABI_CH_FIELD_RESERVED_USED : XABI_CH_FIELD_RENAMED;
		msg = xabi_xasprintf("%s.%s is now %s (same offset %s and type %s)",
				     a->scope, a->name, b->name, xabi_attr(a, "offset"), xabi_attr(a, "type"));
	} else if (xabi_marks_unused(b)) {
		id = enumerator ? XABI_CH_ENUMERATOR_RETIRED : XABI_CH_MACRO_RETIRED;
		msg = xabi_xasprintf("value %s%s%s: %s is now %s, which marks it unused "
				     "(a clean failure at run time)", xabi_attr(a, "value"),
				     a->scope ? " of " : "", a->scope ? a->scope : "",
				     a->name, b->name);
	} else if (!a->comment || !b->comment || xabi_comment_same(a->comment, b->comment)) {
		id = enumerator ? XABI_CH_ENUMERATOR_RENAMED : XABI_CH_MACRO_RENAMED;
		msg = xabi_xasprintf("value %s%s%s: %s was renamed %s", xabi_attr(a, "value"),
				     a->scope ? " of " : "", a->scope ? a->scope : "",
				     a->name, b->name);
	} else {
		id = enumerator ? XABI_CH_ENUMERATOR_VALUE_REUSED : XABI_CH_MACRO_VALUE_REUSED;
		msg = xabi_xasprintf("value %s%s%s now means %s (\"%s\") instead of %s (\"%s\"): "
				     "code built against the old name keeps compiling and "
				     "behaves differently", xabi_attr(a, "value"),
				     a->scope ? " of " : "", a->scope ? a->scope : "",
				     b->name, b->comment, a->name, a->comment);
	}
	xabi_byname_report(r, id, a, b, on, msg);
	free(msg);
}

/* The coarse family of a macro: its first two name components, no longer
 * than its family. TRC_HVM_VMEXIT (family TRC_HVM_) and TRC_HVM_VMX_EXIT
 * (family TRC_HVM_VMX_) are both of TRC_HVM_. */
static const char *coarse_family(const char *name, char *buf, size_t size)
{
	const char *us = strchr(name, '_');
	size_t two = us && strchr(us + 1, '_') ? (size_t)(strchr(us + 1, '_') + 1 - name) : 0;

	xabi_macro_family(name, buf, size);
	if (two && two < strlen(buf))
		buf[two] = '\0';
	return buf;
}

/* The key under which a removed and an added fact may be the same thing;
 * `coarse` widens a macro's family to its coarse family. */
static bool identity_key(struct xabi_buf *k, const struct xabi_fact *f, bool coarse)
{
	char family[128];

	xabi_buf_clear(k);
	switch (f->kind) {
	case XABI_KIND_ENUMERATOR:
		xabi_buf_cat(k, "e\x1f", f->scope ? f->scope : "", "\x1f", xabi_attr(f, "value"), NULL);
		return true;
	case XABI_KIND_MACRO:
		/* Renamed macros stay in their header and family. */
		xabi_buf_cat(k, "m\x1f", f->file, "\x1f",
			     coarse ? coarse_family(f->name, family, sizeof(family)) :
			     xabi_macro_family(f->name, family, sizeof(family)), "\x1f",
			     xabi_attr(f, "value"), NULL);
		return true;
	case XABI_KIND_FIELD:
		xabi_buf_cat(k, "f\x1f", f->scope, "\x1f", xabi_attr(f, "offset"), "\x1f",
			     xabi_attr(f, "type"), NULL);
		return true;
	default:
		return false;
	}
}

void xabi_byname_match_kind_moves(struct run *r)
{
	struct xabi_bitset *on = xabi_byname_new_pairs(r);

	for (size_t i = 0; i < r->removed.n; i++) {
		struct variant *rv = r->removed.items[i].v;
		enum xabi_kind other;
		const struct entity *e;

		if (rv->f->kind != XABI_KIND_MACRO && rv->f->kind != XABI_KIND_ENUMERATOR)
			continue;
		other = rv->f->kind == XABI_KIND_MACRO ? XABI_KIND_ENUMERATOR : XABI_KIND_MACRO;
		e = xabi_byname_find_entity(r, other, NULL, rv->f->name);
		for (size_t j = 0; e && j < e->b.n; j++) {
			struct variant *av = &e->b.items[j];

			if (strcmp(xabi_attr(av->f, "value"), xabi_attr(rv->f, "value")))
				continue;
			xabi_byname_intersect(on, rv->pairs, av->pairs);
			xabi_bitset_andnot(rv->pairs, on);
			xabi_bitset_andnot(av->pairs, on);
		}
	}
	xabi_bitset_free(on);
}

/* A removed or an added variant holding one pair, under its identity key. */
struct holder {
	size_t key, pair, index;
	bool added;
};

struct holders {
	struct holder *items;
	size_t n, cap, n_keys;
	struct xabi_map *keys; /* identity key -> 1 + its number */
};

/* Removal `removed` and addition `added` explain each other on `pair`. */
struct meeting {
	size_t removed, added, pair;
};

static int holder_cmp(const void *pa, const void *pb)
{
	const struct holder *a = pa, *b = pb;

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	if (a->pair != b->pair)
		return a->pair < b->pair ? -1 : 1;
	if (a->added != b->added)
		return a->added ? 1 : -1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static int meeting_cmp(const void *pa, const void *pb)
{
	const struct meeting *a = pa, *b = pb;

	if (a->removed != b->removed)
		return a->removed < b->removed ? -1 : 1;
	if (a->added != b->added)
		return a->added < b->added ? -1 : 1;
	return a->pair < b->pair ? -1 : a->pair > b->pair;
}

/* Every pair of each variant of `list` that has an identity key, keyed. */
static void add_holders(struct holders *h, const struct pendings *list, bool added,
			bool coarse, struct xabi_buf *k)
{
	for (size_t i = 0; i < list->n; i++) {
		const struct variant *v = list->items[i].v;
		size_t key;

		if (!identity_key(k, v->f, coarse) || (coarse && v->f->kind != XABI_KIND_MACRO))
			continue;
		key = (uintptr_t)xabi_map_get(h->keys, xabi_buf_cstr(k));
		if (!key && !added)
			continue; /* no addition has it */
		if (!key) {
			key = ++h->n_keys;
			xabi_map_put(h->keys, xabi_buf_cstr(k), (void *)(uintptr_t)key);
		}
		for (size_t p = xabi_bitset_next(v->pairs, 0); p < v->pairs->nbits;
		     p = xabi_bitset_next(v->pairs, p + 1))
			XABI_VEC_PUSH(h, ((struct holder){ key, p, i, added }));
	}
}

/* Whether two names end alike (VMEXIT, VMX_EXIT): across families, a
 * shared value alone is too weak a sign of a rename (4.9 dropped
 * XEN_SYSCTL_TMEM_OP_QUERY_FREEABLE_MB and added XEN_SYSCTL_PHYSCAP_hap,
 * both 8). */
static bool similar_tail(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), n = 0;

	while (n < la && n < lb && a[la - 1 - n] == b[lb - 1 - n])
		n++;
	return n >= 4;
}

void xabi_byname_match_renames(struct run *r, bool coarse)
{
	struct holders h = { .keys = xabi_map_new(256) };
	XABI_VEC(struct meeting) m = { 0 };
	struct xabi_buf k = XABI_BUF_INIT;
	struct xabi_bitset *on = xabi_byname_new_pairs(r);

	add_holders(&h, &r->added, true, coarse, &k);
	add_holders(&h, &r->removed, false, coarse, &k);
	if (h.n)
		qsort(h.items, h.n, sizeof(*h.items), holder_cmp);
	for (size_t i = 0, j; i < h.n; i = j) {
		size_t first_added;

		for (j = i; j < h.n && h.items[j].key == h.items[i].key &&
			    h.items[j].pair == h.items[i].pair; j++)
			;
		for (first_added = i; first_added < j && !h.items[first_added].added; first_added++)
			;
		for (size_t a = i, b = first_added; a < first_added && b < j; a++, b++)
			XABI_VEC_PUSH(&m, ((struct meeting){ h.items[a].index, h.items[b].index,
							  h.items[a].pair }));
	}
	if (m.n)
		qsort(m.items, m.n, sizeof(*m.items), meeting_cmp);
	for (size_t i = 0, j; i < m.n; i = j) {
		struct variant *rv = r->removed.items[m.items[i].removed].v;
		struct variant *av = r->added.items[m.items[i].added].v;

		xabi_bitset_andnot(on, on);
		for (j = i; j < m.n && m.items[j].removed == m.items[i].removed &&
			    m.items[j].added == m.items[i].added; j++)
			xabi_bitset_set(on, m.items[j].pair);
		if (coarse && !similar_tail(rv->f->name, av->f->name))
			continue;
		classify_rename(r, rv->f, av->f, on);
		xabi_bitset_andnot(rv->pairs, on);
		xabi_bitset_andnot(av->pairs, on);
	}
	xabi_bitset_free(on);
	xabi_buf_release(&k);
	free(h.items);
	free(m.items);
	xabi_map_free(h.keys);
}
