/* SPDX-License-Identifier: MIT */
/*
 * Fields named by their path through anonymous members (ev.data.note):
 * followed through a member whose record type was given a name, so that
 * naming an anonymous union is not the removal of its fields.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "compare.h"
#include "byname.h"

/* The keyword of a record type's spelling ("struct", "union") and whether
 * it is anonymous; false when the type is not a record by value. */
static bool record_type(const char *type, size_t *keyword, bool *anonymous)
{
	const char *tag = strchr(type, ' ');

	if (strncmp(type, "struct ", 7) && strncmp(type, "union ", 6))
		return false;
	*keyword = (size_t)(tag - type);
	*anonymous = !strcmp(tag + 1, "(anonymous)");
	return *anonymous || !strpbrk(tag + 1, " *[(");
}

/*
 * The field that `path` names in record `scope` on pair p of one side,
 * following members whose record type has a name (data.note in a struct
 * whose `data` is a union snd_seq_event_data), with its offset from the
 * start of `scope` in *offset; NULL when the path names nothing there.
 */
static const struct xabi_fact *field_at_path(const struct run *r, const char *scope,
					     const char *path, size_t p, bool side_b,
					     unsigned long long *offset)
{
	const struct entity *e = xabi_byname_find_entity(r, XABI_KIND_FIELD, scope, path);
	const struct xabi_fact *f = e ? xabi_byname_fact_on_pair(r, e, p, side_b) : NULL;

	if (f) {
		*offset = strtoull(xabi_attr(f, "offset"), NULL, 10);
		return f;
	}
	for (const char *dot = strchr(path, '.'); dot; dot = strchr(dot + 1, '.')) {
		char *head = xabi_xstrndup(path, (size_t)(dot - path));
		const struct xabi_fact *member = field_at_path(r, scope, head, p, side_b, offset);
		const char *type = member ? xabi_attr(member, "type") : "";
		unsigned long long inner;
		size_t keyword;
		bool anonymous;

		free(head);
		/* A record by value with a name, whose fields have it as scope. */
		if (!record_type(type, &keyword, &anonymous) || anonymous)
			continue;
		f = field_at_path(r, type + keyword + 1, dot + 1, p, side_b, &inner);
		if (f) {
			*offset += inner;
			return f;
		}
	}
	return NULL;
}

bool xabi_byname_same_members(const struct run *r, const struct xabi_fact *a,
			      const struct xabi_fact *b, const struct xabi_bitset *on)
{
	size_t ka, kb, len = strlen(a->name);
	bool anon_a, anon_b, from_b;

	if (!record_type(xabi_attr(a, "type"), &ka, &anon_a) ||
	    !record_type(xabi_attr(b, "type"), &kb, &anon_b) || ka != kb ||
	    strncmp(xabi_attr(a, "type"), xabi_attr(b, "type"), ka) || anon_a == anon_b)
		return false;
	from_b = anon_b; /* the flattened members are on the anonymous side */
	for (size_t i = 0; i < r->n_entities; i++) {
		const struct entity *e = r->entities[i];

		if (e->kind != XABI_KIND_FIELD || strcmp(e->scope, a->scope) ||
		    strncmp(e->name, a->name, len) || e->name[len] != '.')
			continue;
		for (size_t p = xabi_bitset_next(on, 0); p < on->nbits; p = xabi_bitset_next(on, p + 1)) {
			unsigned long long offset;

			if (xabi_byname_fact_on_pair(r, e, p, from_b) &&
			    !field_at_path(r, a->scope, e->name, p, !from_b, &offset))
				return false;
		}
	}
	return true;
}

/*
 * Field f, gone from its side, named by its path on the other as g (at
 * bit offset `there` from the record's start) through a member whose
 * anonymous type got a name, or lost it: not a removal, but whatever
 * changed along the path. Offsets are the record's, not g's own record's.
 */
static void report_path_change(struct run *r, const struct xabi_fact *f,
			       const struct xabi_fact *g, unsigned long long there,
			       bool f_is_old, const struct xabi_bitset *on)
{
	const struct xabi_fact *a = f_is_old ? f : g, *b = f_is_old ? g : f;
	unsigned long long here = strtoull(xabi_attr(f, "offset"), NULL, 10);
	unsigned long long off_a = f_is_old ? here : there, off_b = f_is_old ? there : here;
	char *msg = NULL;

	if (xabi_byname_looks_reserved(f->name) && xabi_byname_record_keeps_size(r, f, on))
		msg = xabi_xasprintf("%s.%s shrank from %s at bit %llu to %s at bit %llu; the record "
				     "keeps its size, so its space went to new fields", f->scope,
				     f->name, xabi_attr(a, "type"), off_a, xabi_attr(b, "type"), off_b);
	if (msg) {
		xabi_byname_report(r, XABI_CH_FIELD_RESERVED_USED, a, b, on, msg);
		free(msg);
		return;
	}
	if (off_a != off_b) {
		msg = xabi_xasprintf("%s.%s: bit offset %llu -> %llu", f->scope, f->name, off_a, off_b);
		xabi_byname_report(r, XABI_CH_FIELD_OFFSET_CHANGED, a, b, on, msg);
		free(msg);
	}
	if (xabi_byname_differs(a, b, "type"))
		xabi_byname_report_type_change(r, a, b, on);
}

void xabi_byname_without_same_path(struct run *r, const struct xabi_fact *f,
				   struct xabi_bitset *pairs, bool other_b)
{
	const char *type = xabi_attr(f, "type");
	unsigned long long offset = strtoull(xabi_attr(f, "offset"), NULL, 10);
	const struct xabi_fact **g;
	unsigned long long *there;

	if (f->kind != XABI_KIND_FIELD || !strchr(f->name, '.'))
		return;
	g = xabi_xcalloc(pairs->nbits + 1, sizeof(*g));
	there = xabi_xcalloc(pairs->nbits + 1, sizeof(*there));
	for (size_t p = xabi_bitset_next(pairs, 0); p < pairs->nbits;
	     p = xabi_bitset_next(pairs, p + 1))
		g[p] = field_at_path(r, f->scope, f->name, p, other_b, &there[p]);
	for (size_t p = xabi_bitset_next(pairs, 0); p < pairs->nbits;
	     p = xabi_bitset_next(pairs, p + 1)) {
		struct xabi_bitset *on;

		if (!g[p])
			continue;
		on = xabi_byname_new_pairs(r);
		/* The pairs where the path leads to the same field, the same way. */
		for (size_t q = p; q < pairs->nbits; q = xabi_bitset_next(pairs, q + 1))
			if (g[q] == g[p] && there[q] == there[p])
				xabi_bitset_set(on, q);
		if (there[p] != offset || strcmp(xabi_attr(g[p], "type"), type))
			report_path_change(r, f, g[p], there[p], other_b, on);
		xabi_bitset_andnot(pairs, on);
		for (size_t q = xabi_bitset_next(on, 0); q < on->nbits; q = xabi_bitset_next(on, q + 1))
			g[q] = NULL;
		xabi_bitset_free(on);
	}
	free(g);
	free(there);
}
