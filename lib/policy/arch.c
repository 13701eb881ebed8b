/* SPDX-License-Identifier: MIT */
/*
 * Xen's arch-divergence policy: a struct laid out alike on the 32- and
 * 64-bit arch of a family must stay so, since Xen's 32-bit compat layer
 * translates between them (record.arch-divergence).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/map.h"
#include "policy.h"

/* What a record's layout is made of: the record's facts and its fields'. */
struct layout_facts {
	XABI_VEC(const struct xabi_fact *) facts;
};

/* Record name -> its layout facts, in one corpus. */
struct record_index {
	const struct xabi_corpus *c;
	struct xabi_map *by_name;
	XABI_VEC(struct layout_facts *) all;
};

static void index_records(struct record_index *x, const struct xabi_corpus *c)
{
	x->c = c;
	x->by_name = xabi_map_new(1024);
	for (size_t i = 0; i < c->n_facts; i++) {
		const struct xabi_fact *f = c->facts[i];
		const char *name = f->kind == XABI_KIND_RECORD ? f->name : f->scope;
		struct layout_facts *l;

		if (f->kind != XABI_KIND_RECORD && f->kind != XABI_KIND_FIELD)
			continue;
		l = xabi_map_get(x->by_name, name);
		if (!l) {
			l = xabi_xcalloc(1, sizeof(*l));
			xabi_map_put(x->by_name, name, l);
			XABI_VEC_PUSH(&x->all, l);
		}
		XABI_VEC_PUSH(&l->facts, f);
	}
}

static void release_index(struct record_index *x)
{
	for (size_t i = 0; i < x->all.n; i++) {
		free(x->all.items[i]->facts.items);
		free(x->all.items[i]);
	}
	free(x->all.items);
	xabi_map_free(x->by_name);
}

/* The field of l named `name` as it is in configuration k, or NULL. */
static const struct xabi_fact *field_at(const struct layout_facts *l, const char *name,
					size_t len, size_t k)
{
	for (size_t i = 0; i < l->facts.n; i++) {
		const struct xabi_fact *f = l->facts.items[i];

		if (f->kind == XABI_KIND_FIELD && xabi_bitset_test(f->where, k) &&
		    !strncmp(f->name, name, len) && !f->name[len])
			return f;
	}
	return NULL;
}

/* Whether f's layout is the business of the record being compared: the
 * record itself, its own fields and the fields of anonymous members. The
 * inside of a named member (a struct embedded by name, a guest handle,
 * which is a union of a pointer and a uint64_t on x86_32 tools and a bare
 * pointer on x86_64) is its own record's, compared under its own name: the
 * compat layer translates it as a whole. */
static bool own_layout(const struct layout_facts *l, const struct xabi_fact *f, size_t k)
{
	const char *dot = f->kind == XABI_KIND_FIELD ? strrchr(f->name, '.') : NULL;
	const struct xabi_fact *parent;
	const char *type;

	if (!dot)
		return true;
	parent = field_at(l, f->name, (size_t)(dot - f->name), k);
	type = parent ? xabi_fact_attr(parent, "type") : NULL;
	return type && strstr(type, "(anonymous)") &&
	       own_layout(l, parent, k);
}

/* The index of the first of l's facts from i on that holds in k and is
 * the record's own layout. */
static size_t next_in(const struct layout_facts *l, size_t i, size_t k)
{
	while (i < l->facts.n && (!xabi_bitset_test(l->facts.items[i]->where, k) ||
				  !own_layout(l, l->facts.items[i], k)))
		i++;
	return i;
}

/* Whether field f's type is a record of its own (a struct or union
 * spelled with its tag), whose size is that record's business. */
static bool named_record(const struct xabi_fact *f)
{
	const char *type = xabi_fact_attr(f, "type");

	return type && (!strncmp(type, "struct ", 7) || !strncmp(type, "union ", 6)) &&
	       !strchr(type, '(');
}

/* Whether two facts give a record the same layout: a record's size, a
 * field's name, offset, size and width. Types are left out: the same
 * layout spells "unsigned long" on one arch and "unsigned long long" on
 * another. So is alignment: a uint64_t is aligned to 4 on x86_32 and to 8
 * on x86_64, and the compat layer copies bytes, which only sizes and
 * offsets place. The facts may be of two corpora: strings compare by
 * value. */
static bool same_string(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static bool same_shape(const struct xabi_fact *a, const struct xabi_fact *b)
{
	static const char *const record_keys[] = { "size", NULL };
	static const char *const field_keys[] = { "offset", "size", "bits", NULL };
	static const char *const member_keys[] = { "offset", "bits", NULL };
	const char *const *key = a->kind == XABI_KIND_RECORD ? record_keys :
				 named_record(a) && named_record(b) ? member_keys : field_keys;

	if (a->kind != b->kind || (a->kind == XABI_KIND_FIELD && strcmp(a->name, b->name)))
		return false;
	for (; *key; key++)
		if (!same_string(xabi_fact_attr(a, *key), xabi_fact_attr(b, *key)))
			return false;
	return true;
}

/* The first layout fact where record la in configuration j and record lb
 * in configuration k part ways, matching them one by one in fact order
 * (the one of la, or of lb when la's run out); NULL when they match. */
static const struct xabi_fact *first_difference(const struct layout_facts *la, size_t j,
						const struct layout_facts *lb, size_t k)
{
	size_t a = next_in(la, 0, j), b = next_in(lb, 0, k);

	while (a < la->facts.n && b < lb->facts.n) {
		if (!same_shape(la->facts.items[a], lb->facts.items[b]))
			return la->facts.items[a];
		a = next_in(la, a + 1, j);
		b = next_in(lb, b + 1, k);
	}
	return a < la->facts.n ? la->facts.items[a] :
	       b < lb->facts.n ? lb->facts.items[b] : NULL;
}

/* Whether record `name` is laid out alike in configurations j and k: 1
 * alike, 0 not, -1 when it is missing from either. */
static int alike(struct record_index *x, const char *name, size_t j, size_t k)
{
	const struct layout_facts *l = xabi_map_get(x->by_name, name);
	bool at_j = false, at_k = false, same_facts = true;

	if (!l || j >= x->c->space.n_configs || k >= x->c->space.n_configs)
		return -1;
	for (size_t i = 0; i < l->facts.n; i++) {
		bool in_j = xabi_bitset_test(l->facts.items[i]->where, j);
		bool in_k = xabi_bitset_test(l->facts.items[i]->where, k);

		at_j |= in_j;
		at_k |= in_k;
		same_facts &= in_j == in_k;
	}
	if (!at_j || !at_k)
		return -1;
	/* The same facts are the same layout; most records need no more. */
	return same_facts || !first_difference(l, j, l, k);
}

static bool listed(const struct xabi_rules *rules, const char *name)
{
	for (size_t i = 0; rules && i < rules->n_arch_invariant; i++)
		if (!strcmp(rules->arch_invariant[i], name))
			return true;
	return false;
}

/* Whether the compat list has Xen check record `name` alike on both
 * arches; the list drops the "xen_" of the header's name (xen_mc is
 * "mc"), as Xen's compat header generator does. */
static bool compat_checked(const struct xabi_rules *rules, const char *name)
{
	const char *bare = !strncmp(name, "xen_", 4) ? name + 4 : NULL;

	for (size_t i = 0; rules && i < rules->n_compat_checked; i++)
		if (!strcmp(rules->compat_checked[i], name) ||
		    (bare && !strcmp(rules->compat_checked[i], bare)))
			return true;
	return false;
}

/* Record `name` as it is in configuration k, or NULL. */
static const struct xabi_fact *record_at(const struct record_index *x, const char *name,
					 size_t k)
{
	const struct layout_facts *l = xabi_map_get(x->by_name, name);

	for (size_t i = 0; l && k < x->c->space.n_configs && i < l->facts.n; i++)
		if (l->facts.items[i]->kind == XABI_KIND_RECORD &&
		    xabi_bitset_test(l->facts.items[i]->where, k))
			return l->facts.items[i];
	return NULL;
}

/* Whether record `name` has another layout in the new release than in the
 * old on either arch of a family (o32/n32, o64/n64); a record missing
 * from the old release is new, so changed. */
static bool layout_changed(struct record_index *old_records, struct record_index *new_records,
			   const char *name, const size_t o[2], const size_t n[2])
{
	const struct layout_facts *lo = xabi_map_get(old_records->by_name, name);
	const struct layout_facts *ln = xabi_map_get(new_records->by_name, name);

	if (!lo || !ln)
		return true;
	for (int i = 0; i < 2; i++)
		if (!record_at(old_records, name, o[i]) || first_difference(lo, o[i], ln, n[i]))
			return true;
	return false;
}

/* Unite `where` into an existing change of this kind and name; takes it. */
static bool merge_into(struct xabi_diff *d, enum xabi_change_id kind, const char *name,
		       struct xabi_bitset *where)
{
	for (size_t i = 0; i < d->n_changes; i++)
		if (d->changes[i].kind == kind && !strcmp(d->changes[i].name, name)) {
			xabi_bitset_or(d->changes[i].where, where);
			xabi_bitset_free(where);
			return true;
		}
	return false;
}

static void diverge_family(struct xabi_diff *d, struct record_index *new_records,
			   struct record_index *old_records, const char *a32, const char *a64,
			   const char *aud, const struct xabi_rules *rules)
{
	const struct xabi_corpus *o = d->old, *n = d->new;
	const struct xabi_space *s = &d->space;
	size_t o32 = xabi_space_config_at(&o->space, a32, aud, o->space.latest);
	size_t o64 = xabi_space_config_at(&o->space, a64, aud, o->space.latest);
	size_t n32 = xabi_space_config_at(&n->space, a32, aud, n->space.latest);
	size_t n64 = xabi_space_config_at(&n->space, a64, aud, n->space.latest);

	/* Both arches of the family, or nothing to compare (--arch x86_64). */
	if (n32 >= n->space.n_configs || n64 >= n->space.n_configs)
		return;
	for (size_t i = 0; i < n->n_facts; i++) {
		const struct xabi_fact *f = n->facts[i], *f32, *before, *at;
		bool was_same, required, checked;
		struct xabi_bitset *where;

		if (f->kind != XABI_KIND_RECORD || !xabi_bitset_test(f->where, n64) ||
		    alike(new_records, f->name, n32, n64) != 0)
			continue;
		/* The old layouts only matter for records that now diverge: few. */
		if (!old_records->c)
			index_records(old_records, o);
		was_same = alike(old_records, f->name, o32, o64) == 1;
		required = listed(rules, f->name);
		/* A '?' record parted long ago is one Xen's build lets pass
		 * (its check is generated, not invoked: mcinfo_logical_cpu)
		 * or one it checks in its own 64-bit view (mcinfo_extended
		 * sizes an array by sizeof(void *)): report it when it moves. */
		checked = compat_checked(rules, f->name) &&
			  layout_changed(old_records, new_records, f->name,
					 (size_t[]){ o32, o64 }, (size_t[]){ n32, n64 });
		if (!was_same && !required && !checked)
			continue;
		f32 = record_at(new_records, f->name, n32);
		before = record_at(old_records, f->name, o64);
		at = first_difference(xabi_map_get(new_records->by_name, f->name), n32,
				      xabi_map_get(new_records->by_name, f->name), n64);
		where = xabi_space_new_set(s);
		for (size_t k = xabi_space_config_at(s, a32, aud, n->space.latest), j = 0; j < 2;
		     k = xabi_space_config_at(s, a64, aud, n->space.latest), j++)
			if (k < s->n_configs)
				xabi_bitset_set(where, k);
		/* One finding per record, whatever the audiences. */
		if (merge_into(d, XABI_CH_RECORD_ARCH_DIVERGENCE, f->name, where))
			continue;
		xabi_diff_add(d, XABI_CH_RECORD_ARCH_DIVERGENCE,
			      xabi_change_kind(XABI_CH_RECORD_ARCH_DIVERGENCE)->severity,
			      XABI_VIEW_LATEST, before, f, where,
			      xabi_xasprintf("%s is laid out differently on %s (%s bytes) and %s "
					     "(%s bytes)%s%s%s: Xen's 32-bit compat translation "
					     "needs one layout", f->name, a32,
					     f32 ? xabi_fact_attr(f32, "size") : "?", a64,
					     xabi_fact_attr(f, "size"),
					     at && at->kind == XABI_KIND_FIELD ? ", first at field " : "",
					     at && at->kind == XABI_KIND_FIELD ? at->name : "",
					     was_same ? ", though both agreed in the old release" :
					     checked ? ", and Xen's compat list checks it is not "
						       "('?' in xlat.lst)" :
					     ", and the rules require it not to be"));
	}
}

void xabi_policy_arch_divergence(struct xabi_diff *d, const struct xabi_profile *profile,
				 const struct xabi_rules *rules)
{
	struct record_index new_records = { 0 }, old_records = { 0 };

	if (!profile->n_arch_families)
		return;
	index_records(&new_records, d->new);
	for (size_t f = 0; f < profile->n_arch_families; f++) {
		char a32[64], a64[64];

		if (sscanf(profile->arch_families[f].value, "%63s %63s", a32, a64) != 2)
			continue;
		for (size_t u = 0; u < d->space.n_audiences; u++)
			diverge_family(d, &new_records, &old_records, a32, a64,
				       d->space.audiences[u].name, rules);
	}
	release_index(&new_records);
	if (old_records.c)
		release_index(&old_records);
}
