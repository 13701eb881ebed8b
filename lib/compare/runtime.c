/* SPDX-License-Identifier: MIT */
/*
 * The run-time rule (docs/design.md, "Views": run-time meaning is the latest).
 * Xen is built at the latest interface version, so whatever a consumer
 * compiled against, a value means at run time what it means there. For
 * each configuration V and each enumerator or macro a consumer at V uses,
 * look at what its value is called at the latest version of the same arch:
 *  - the same name, the same description: nothing to say;
 *  - the same name with another value: Xen's normal mechanism (a new
 *    number for a new ABI, the old one still served), nothing to say;
 *  - the name is gone and another name has the value: a plain rename is
 *    info, a name marking it unused is a warning (a clean failure), a
 *    different meaning is an error (version-ambiguous).
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "compare.h"

struct use {
	const struct xabi_fact *f;
	struct xabi_bitset *at_v;      /* pairs where a consumer at V sees it */
	struct xabi_bitset *at_latest; /* pairs where it holds at the latest */
};

struct uses {
	struct use *items;
	size_t n, cap;
};

static struct xabi_bitset *holds(const struct xabi_corpus *c,
				 const struct xabi_pairs *pairs,
				 const struct xabi_fact *f, bool latest)
{
	struct xabi_bitset *set = xabi_bitset_new(pairs->n);

	(void)c;
	for (size_t p = 0; p < pairs->n; p++)
		if (xabi_bitset_test(f->where, latest ? pairs->items[p].b : pairs->items[p].a))
			xabi_bitset_set(set, p);
	return set;
}

/* Enumerators by enum and value, macros by family and value. */
static void identity(struct xabi_buf *k, const struct xabi_fact *f)
{
	char family[128];

	xabi_buf_clear(k);
	if (f->kind == XABI_KIND_ENUMERATOR)
		xabi_buf_cat(k, "e\x1f", f->scope ? f->scope : "", NULL);
	else
		xabi_buf_cat(k, "m\x1f", xabi_macro_family(f->name, family, sizeof(family)), NULL);
	xabi_buf_cat(k, "\x1f", xabi_fact_attr(f, "value"), NULL);
}

static const char *of_scope(const struct xabi_fact *f)
{
	return f->scope ? f->scope : "";
}

static void judge(struct xabi_sink *s, const struct xabi_fact *here,
		  const struct xabi_fact *latest, const struct xabi_bitset *on)
{
	bool enumerator = here->kind == XABI_KIND_ENUMERATOR;
	const char *value = xabi_fact_attr(here, "value");
	const char *of = here->scope ? " of " : "";

	if (xabi_marks_unused(latest))
		xabi_sink_add(s, enumerator ? XABI_CH_ENUMERATOR_RETIRED : XABI_CH_MACRO_RETIRED,
			      here, latest, on,
			      "consumers at these interface versions still compile %s (%s%s%s), "
			      "but the implementation runs the latest version, where %s is %s, "
			      "which marks it unused: using it fails cleanly at run time", here->name,
			      value, of, of_scope(here), value, latest->name);
	else if (!here->comment || !latest->comment ||
		 xabi_comment_same(here->comment, latest->comment))
		xabi_sink_add(s, enumerator ? XABI_CH_ENUMERATOR_RENAMED : XABI_CH_MACRO_RENAMED,
			      here, latest, on,
			      "value %s%s%s is %s at these interface versions and %s at the "
			      "latest, with the same meaning", value, of, of_scope(here),
			      here->name, latest->name);
	else
		xabi_sink_add(s, enumerator ? XABI_CH_ENUMERATOR_VERSION_AMBIGUOUS :
			      XABI_CH_MACRO_VERSION_AMBIGUOUS, here, latest, on,
			      "value %s%s%s means %s (\"%s\") at these interface versions but "
			      "%s (\"%s\") at the latest, which is what the implementation runs: "
			      "code built here compiles and then means the wrong thing", value, of,
			      of_scope(here), here->name, here->comment, latest->name,
			      latest->comment);
}

void xabi_compare_runtime(struct xabi_sink *s, const struct xabi_corpus *c)
{
	const struct xabi_pairs *pairs = s->pairs;
	struct xabi_map *by_name = xabi_map_new(4096), *by_value = xabi_map_new(4096);
	struct uses uses = { 0 };
	struct xabi_buf k = XABI_BUF_INIT;
	struct xabi_bitset *left = xabi_bitset_new(pairs->n), *on = xabi_bitset_new(pairs->n);
	size_t *next_name, *next_value;

	if (!pairs->n)
		goto out;
	for (size_t i = 0; i < c->n_facts; i++) {
		const struct xabi_fact *f = c->facts[i];

		if (f->kind == XABI_KIND_ENUMERATOR || f->kind == XABI_KIND_MACRO)
			XABI_VEC_PUSH(&uses, ((struct use){ f, holds(c, pairs, f, false),
							    holds(c, pairs, f, true) }));
	}
	/* Chains of uses sharing a name, and sharing an identity, among those
	 * that hold at the latest version: only they can answer below, and
	 * thousands of names of one value that the latest lacks would each
	 * walk past all the others. */
	next_name = xabi_xcalloc(uses.n + 1, sizeof(size_t));
	next_value = xabi_xcalloc(uses.n + 1, sizeof(size_t));
	for (size_t i = uses.n; i-- > 0;) {
		const struct xabi_fact *f = uses.items[i].f;

		if (xabi_bitset_empty(uses.items[i].at_latest))
			continue;

		next_name[i] = (uintptr_t)xabi_map_get(by_name, f->name);
		xabi_map_put(by_name, f->name, (void *)(uintptr_t)(i + 1));
		identity(&k, f);
		next_value[i] = (uintptr_t)xabi_map_get(by_value, xabi_buf_cstr(&k));
		xabi_map_put(by_value, xabi_buf_cstr(&k), (void *)(uintptr_t)(i + 1));
	}
	for (size_t i = 0; i < uses.n; i++) {
		const struct use *u = &uses.items[i];

		if (xabi_bitset_empty(u->at_v))
			continue;
		memcpy(left->words, u->at_v->words, (pairs->n + 63) / 64 * sizeof(uint64_t));
		/* Where the name lives on at the latest version. */
		for (size_t j = (uintptr_t)xabi_map_get(by_name, u->f->name);
		     j && !xabi_bitset_empty(left); j = next_name[j - 1]) {
			const struct use *l = &uses.items[j - 1];

			if (l->f->kind != u->f->kind)
				continue;
			memcpy(on->words, left->words, (pairs->n + 63) / 64 * sizeof(uint64_t));
			xabi_bitset_and(on, l->at_latest);
			if (xabi_bitset_empty(on))
				continue;
			if (!strcmp(xabi_fact_attr(l->f, "value"), xabi_fact_attr(u->f, "value")) &&
			    u->f->comment && l->f->comment &&
			    !xabi_comment_same(u->f->comment, l->f->comment))
				judge(s, u->f, l->f, on);
			xabi_bitset_andnot(left, on);
		}
		/* Where it is gone: who has its value at the latest version? */
		identity(&k, u->f);
		for (size_t j = (uintptr_t)xabi_map_get(by_value, xabi_buf_cstr(&k));
		     j && !xabi_bitset_empty(left); j = next_value[j - 1]) {
			const struct use *l = &uses.items[j - 1];

			if (l->f->kind != u->f->kind || !strcmp(l->f->name, u->f->name))
				continue;
			memcpy(on->words, left->words, (pairs->n + 63) / 64 * sizeof(uint64_t));
			xabi_bitset_and(on, l->at_latest);
			if (xabi_bitset_empty(on))
				continue;
			judge(s, u->f, l->f, on);
			xabi_bitset_andnot(left, on);
		}
	}
	free(next_name);
	free(next_value);
out:
	for (size_t i = 0; i < uses.n; i++) {
		xabi_bitset_free(uses.items[i].at_v);
		xabi_bitset_free(uses.items[i].at_latest);
	}
	free(uses.items);
	xabi_bitset_free(left);
	xabi_bitset_free(on);
	xabi_buf_release(&k);
	xabi_map_free(by_name);
	xabi_map_free(by_value);
}
