/* SPDX-License-Identifier: MIT */
/*
 * The report space and the pairs of each view. Configurations of two
 * corpora are matched by arch and audience name and by interface version,
 * since each side has its own partitions.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/order.h"
#include "compare.h"

void xabi_pairs_release(struct xabi_pairs *p)
{
	for (size_t i = 0; i < p->n; i++)
		xabi_bitset_free(p->items[i].report);
	free(p->items);
	memset(p, 0, sizeof(*p));
}

void xabi_diff_space_build(struct xabi_space *s, const struct xabi_corpus *old,
			   const struct xabi_corpus *new, struct xabi_diff *d)
{
	const struct xabi_space *o = &old->space, *n = &new->space;
	uint64_t *bounds, latest = n->latest > o->latest ? n->latest : o->latest;
	size_t k = 0;

	xabi_space_init(s);
	for (size_t i = 0; i < n->n_arches; i++)
		if (xabi_space_find_arch(o, n->arches[i].name) >= 0)
			xabi_space_add_arch(s, n->arches[i].name, n->arches[i].target);
		else
			xabi_diff_remark(d, xabi_xasprintf("arch %s is only in the new side: not compared",
						 n->arches[i].name));
	for (size_t i = 0; i < o->n_arches; i++)
		if (xabi_space_find_arch(n, o->arches[i].name) < 0)
			xabi_diff_remark(d, xabi_xasprintf("arch %s is only in the old side: not compared",
						 o->arches[i].name));
	for (size_t i = 0; i < n->n_audiences; i++)
		if (xabi_space_find_audience(o, n->audiences[i].name) >= 0)
			xabi_space_add_audience(s, n->audiences[i].name, n->audiences[i].defines,
						n->audiences[i].pinned);
		else
			xabi_diff_remark(d, xabi_xasprintf("audience %s is only in the new side: not compared",
						 n->audiences[i].name));
	for (size_t i = 0; i < o->n_audiences; i++)
		if (xabi_space_find_audience(n, o->audiences[i].name) < 0)
			xabi_diff_remark(d, xabi_xasprintf("audience %s is only in the old side: not compared",
						 o->audiences[i].name));
	/* Every partition bound of either side, up to the newer latest. */
	bounds = xabi_xmalloc((o->n_partitions + n->n_partitions) * sizeof(*bounds));
	for (size_t i = 0; i < o->n_partitions; i++)
		bounds[k++] = o->partitions[i].lo;
	for (size_t i = 0; i < n->n_partitions; i++)
		bounds[k++] = n->partitions[i].lo;
	qsort(bounds, k, sizeof(*bounds), xabi_order_u64);
	{
		size_t m = 0;

		for (size_t i = 0; i < k; i++)
			if (bounds[i] <= latest && (!m || bounds[i] != bounds[m - 1]))
				bounds[m++] = bounds[i];
		k = m;
	}
	xabi_space_set_versions(s, n->version_macro ? n->version_macro : o->version_macro,
				n->latest_macro, latest, bounds, k);
	free(bounds);
	if (s->n_arches && s->n_audiences)
		xabi_space_build_configs(s, NULL);
}

/* Report-space configurations that configuration `cfg` of `c` stands for. */
static void cover(const struct xabi_space *space, const struct xabi_corpus *c,
		  size_t cfg, struct xabi_bitset *out)
{
	const struct xabi_config *k = &c->space.configs[cfg];
	const struct xabi_partition *p = &c->space.partitions[k->partition];

	for (size_t r = 0; r < space->n_configs; r++) {
		const struct xabi_config *sk = &space->configs[r];
		uint64_t lo = space->partitions[sk->partition].lo;

		if (strcmp(space->arches[sk->arch].name, c->space.arches[k->arch].name) ||
		    strcmp(space->audiences[sk->audience].name, c->space.audiences[k->audience].name))
			continue;
		if (space->audiences[sk->audience].pinned ||
		    (lo >= p->lo && lo < p->hi))
			xabi_bitset_set(out, r);
	}
}

/* The pair (a, b) of `view`, added if new; its report set. */
static struct xabi_pair *pair(struct xabi_pairs *out, const struct xabi_space *space,
			      size_t a, size_t b, unsigned view, bool *created)
{
	for (size_t i = 0; i < out->n; i++)
		if (out->items[i].a == a && out->items[i].b == b) {
			*created = false;
			return &out->items[i];
		}
	xabi_vec_grow((void **)&out->items, &out->cap, out->n + 1, sizeof(*out->items));
	out->items[out->n] = (struct xabi_pair){ a, b, view,
		space ? xabi_space_new_set(space) : xabi_bitset_new(0) };
	*created = true;
	return &out->items[out->n++];
}

void xabi_pairs_release_views(struct xabi_pairs *out, const struct xabi_space *space,
			      const struct xabi_corpus *old, const struct xabi_corpus *new)
{
	bool created;

	memset(out, 0, sizeof(*out));
	/* Pinned: the same consumer configuration on both sides. */
	for (size_t r = 0; r < space->n_configs; r++) {
		const struct xabi_config *k = &space->configs[r];
		const char *arch = space->arches[k->arch].name;
		const char *aud = space->audiences[k->audience].name;
		uint64_t v = space->partitions[k->partition].lo;
		size_t a = xabi_space_config_at(&old->space, arch, aud, v), b = xabi_space_config_at(&new->space, arch, aud, v);

		if (a < old->space.n_configs && b < new->space.n_configs)
			xabi_bitset_set(pair(out, space, a, b, XABI_VIEW_PINNED, &created)->report, r);
	}
	/* Latest: each side at its own latest version, where that is not
	 * already a pinned pair. */
	for (size_t u = 0; u < space->n_audiences; u++) {
		if (space->audiences[u].pinned)
			continue;
		for (size_t ar = 0; ar < space->n_arches; ar++) {
			const char *arch = space->arches[ar].name;
			const char *aud = space->audiences[u].name;
			size_t a = xabi_space_config_at(&old->space, arch, aud, old->space.latest);
			size_t b = xabi_space_config_at(&new->space, arch, aud, new->space.latest);
			struct xabi_pair *p;

			if (a >= old->space.n_configs || b >= new->space.n_configs)
				continue;
			p = pair(out, space, a, b, XABI_VIEW_LATEST, &created);
			if (!created)
				continue;
			/* It stands for consumers moving to a version the old
			 * release did not offer. */
			for (size_t r = 0; r < space->n_configs; r++) {
				const struct xabi_config *k = &space->configs[r];

				if (k->arch == ar && k->audience == u &&
				    space->partitions[k->partition].lo > old->space.latest)
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

void xabi_pairs_within(struct xabi_pairs *out, const struct xabi_space *space,
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
			j = xabi_space_config_at(&c->space, c->space.arches[k->arch].name,
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
