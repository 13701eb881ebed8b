/* SPDX-License-Identifier: MIT */
/*
 * The report space and the pairs of each view. Configurations of two
 * corpora are matched by arch and audience name and by interface version,
 * since each side has its own partitions.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "compare.h"

void xabi_pairs_release(struct xabi_pairs *p)
{
	for (size_t i = 0; i < p->n; i++)
		xabi_bitset_free(p->items[i].report);
	free(p->items);
	memset(p, 0, sizeof(*p));
}

static int u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

void xabi_space_build(struct xabi_corpus **out, const struct xabi_corpus *old,
		      const struct xabi_corpus *new, struct xabi_diff *d)
{
	struct xabi_corpus *s;
	uint64_t *bounds, latest = new->space.latest > old->space.latest ? new->space.latest : old->space.latest;
	size_t n = 0;

	xabi_corpus_new(&s, new->profile);
	for (size_t i = 0; i < new->space.n_arches; i++)
		if (xabi_corpus_find_arch(old, new->space.arches[i].name) >= 0)
			xabi_corpus_add_arch(s, new->space.arches[i].name, new->space.arches[i].target);
		else
			xabi_diff_remark(d, xabi_xasprintf("arch %s is only in the new side: not compared",
						 new->space.arches[i].name));
	for (size_t i = 0; i < old->space.n_arches; i++)
		if (xabi_corpus_find_arch(new, old->space.arches[i].name) < 0)
			xabi_diff_remark(d, xabi_xasprintf("arch %s is only in the old side: not compared",
						 old->space.arches[i].name));
	for (size_t i = 0; i < new->space.n_audiences; i++)
		if (xabi_corpus_find_audience(old, new->space.audiences[i].name) >= 0)
			xabi_corpus_add_audience(s, new->space.audiences[i].name,
						 new->space.audiences[i].defines,
						 new->space.audiences[i].pinned);
		else
			xabi_diff_remark(d, xabi_xasprintf("audience %s is only in the new side: not compared",
						 new->space.audiences[i].name));
	for (size_t i = 0; i < old->space.n_audiences; i++)
		if (xabi_corpus_find_audience(new, old->space.audiences[i].name) < 0)
			xabi_diff_remark(d, xabi_xasprintf("audience %s is only in the old side: not compared",
						 old->space.audiences[i].name));
	/* Every partition bound of either side, up to the newer latest. */
	bounds = xabi_xmalloc((old->space.n_partitions + new->space.n_partitions) * sizeof(*bounds));
	for (size_t i = 0; i < old->space.n_partitions; i++)
		bounds[n++] = old->space.partitions[i].lo;
	for (size_t i = 0; i < new->space.n_partitions; i++)
		bounds[n++] = new->space.partitions[i].lo;
	qsort(bounds, n, sizeof(*bounds), u64_cmp);
	{
		size_t k = 0;

		for (size_t i = 0; i < n; i++)
			if (bounds[i] <= latest && (!k || bounds[i] != bounds[k - 1]))
				bounds[k++] = bounds[i];
		n = k;
	}
	xabi_corpus_set_versions(s, new->space.version_macro ? new->space.version_macro : old->space.version_macro,
				 new->space.latest_macro, latest, bounds, n);
	free(bounds);
	if (s->space.n_arches && s->space.n_audiences)
		xabi_corpus_build_configs(s, NULL);
	*out = s;
}

/* Report-space configurations that configuration `cfg` of `c` stands for. */
static void cover(const struct xabi_corpus *space, const struct xabi_corpus *c,
		  size_t cfg, struct xabi_bitset *out)
{
	const struct xabi_config *k = &c->space.configs[cfg];
	const struct xabi_partition *p = &c->space.partitions[k->partition];

	for (size_t r = 0; r < space->space.n_configs; r++) {
		const struct xabi_config *sk = &space->space.configs[r];
		uint64_t lo = space->space.partitions[sk->partition].lo;

		if (strcmp(space->space.arches[sk->arch].name, c->space.arches[k->arch].name) ||
		    strcmp(space->space.audiences[sk->audience].name, c->space.audiences[k->audience].name))
			continue;
		if (space->space.audiences[sk->audience].pinned ||
		    (lo >= p->lo && lo < p->hi))
			xabi_bitset_set(out, r);
	}
}

/* The pair (a, b) of `view`, added if new; its report set. */
static struct xabi_pair *pair(struct xabi_pairs *out, const struct xabi_corpus *space,
			      size_t a, size_t b, unsigned view, bool *created)
{
	for (size_t i = 0; i < out->n; i++)
		if (out->items[i].a == a && out->items[i].b == b) {
			*created = false;
			return &out->items[i];
		}
	xabi_vec_grow((void **)&out->items, &out->cap, out->n + 1, sizeof(*out->items));
	out->items[out->n] = (struct xabi_pair){ a, b, view,
		space ? xabi_corpus_new_set(space) : xabi_bitset_new(0) };
	*created = true;
	return &out->items[out->n++];
}

void xabi_pairs_release_views(struct xabi_pairs *out, const struct xabi_corpus *space,
			      const struct xabi_corpus *old, const struct xabi_corpus *new)
{
	bool created;

	memset(out, 0, sizeof(*out));
	/* Pinned: the same consumer configuration on both sides. */
	for (size_t r = 0; r < space->space.n_configs; r++) {
		const struct xabi_config *k = &space->space.configs[r];
		const char *arch = space->space.arches[k->arch].name;
		const char *aud = space->space.audiences[k->audience].name;
		uint64_t v = space->space.partitions[k->partition].lo;
		size_t a = xabi_corpus_config_at(old, arch, aud, v), b = xabi_corpus_config_at(new, arch, aud, v);

		if (a < old->space.n_configs && b < new->space.n_configs)
			xabi_bitset_set(pair(out, space, a, b, XABI_VIEW_PINNED, &created)->report, r);
	}
	/* Latest: each side at its own latest version, where that is not
	 * already a pinned pair. */
	for (size_t u = 0; u < space->space.n_audiences; u++) {
		if (space->space.audiences[u].pinned)
			continue;
		for (size_t ar = 0; ar < space->space.n_arches; ar++) {
			const char *arch = space->space.arches[ar].name;
			const char *aud = space->space.audiences[u].name;
			size_t a = xabi_corpus_config_at(old, arch, aud, old->space.latest);
			size_t b = xabi_corpus_config_at(new, arch, aud, new->space.latest);
			struct xabi_pair *p;

			if (a >= old->space.n_configs || b >= new->space.n_configs)
				continue;
			p = pair(out, space, a, b, XABI_VIEW_LATEST, &created);
			if (!created)
				continue;
			/* It stands for consumers moving to a version the old
			 * release did not offer. */
			for (size_t r = 0; r < space->space.n_configs; r++) {
				const struct xabi_config *k = &space->space.configs[r];

				if (k->arch == ar && k->audience == u &&
				    space->space.partitions[k->partition].lo > old->space.latest)
					xabi_bitset_set(p->report, r);
			}
		}
	}
}

/* Is v the lower bound of a partition of c? */
static bool is_bound(const struct xabi_corpus *c, uint64_t v)
{
	for (size_t i = 0; i < c->space.n_partitions; i++)
		if (c->space.partitions[i].lo == v)
			return true;
	return false;
}

void xabi_pairs_within(struct xabi_pairs *out, const struct xabi_corpus *space,
		       const struct xabi_corpus *c, const struct xabi_corpus *older,
		       unsigned view)
{
	bool created;

	memset(out, 0, sizeof(*out));
	if (!c->space.version_macro)
		return;
	for (size_t i = 0; i < c->space.n_configs; i++) {
		const struct xabi_config *k = &c->space.configs[i];
		size_t j;

		if (c->space.audiences[k->audience].pinned)
			continue;
		if (view == XABI_VIEW_BUMP) {
			/* The next extracted partition of the same arch and
			 * audience (configurations are in that order). */
			j = i + 1;
			if (j >= c->space.n_configs || c->space.configs[j].arch != k->arch ||
			    c->space.configs[j].audience != k->audience)
				continue;
			/* Only gates this release adds: a bound the older
			 * release already had is not news. */
			if (older && is_bound(older, c->space.partitions[c->space.configs[j].partition].lo))
				continue;
		} else {
			if (k->partition == c->space.n_partitions - 1)
				continue;
			j = xabi_corpus_config_at(c, c->space.arches[k->arch].name,
				      c->space.audiences[k->audience].name, c->space.latest);
			if (j >= c->space.n_configs)
				continue;
		}
		{
			struct xabi_pair *p = pair(out, space, i, j, view, &created);

			if (space)
				cover(space, c, view == XABI_VIEW_BUMP ? j : i, p->report);
		}
	}
}
