/* SPDX-License-Identifier: MIT */
/*
 * A corpus's configurations: its arches, audiences and interface-version
 * partitions, the configurations they make, and finding one again.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "model/bitset.h"
#include "model/corpus.h"
#include "util/alloc.h"
#include "xabi/model.h"

void xabi_corpus_add_arch(struct xabi_corpus *c, const char *name,
			  const char *target)
{
	assert(!c->n_configs);
	c->space.arches = xabi_xrealloc(c->space.arches, (c->space.n_arches + 1) * sizeof(*c->space.arches));
	c->space.arches[c->space.n_arches].name = xabi_corpus_intern(c, name);
	c->space.arches[c->space.n_arches].target = xabi_corpus_intern(c, target ? target : "");
	c->space.n_arches++;
}

void xabi_corpus_add_audience(struct xabi_corpus *c, const char *name,
			      const char *defines, bool pinned)
{
	struct xabi_audience *a;

	assert(!c->n_configs);
	c->space.audiences = xabi_xrealloc(c->space.audiences,
				     (c->space.n_audiences + 1) * sizeof(*c->space.audiences));
	a = &c->space.audiences[c->space.n_audiences++];
	a->name = xabi_corpus_intern(c, name);
	a->defines = xabi_corpus_intern(c, defines ? defines : "");
	a->pinned = pinned;
}

void xabi_corpus_set_versions(struct xabi_corpus *c, const char *version_macro,
			      const char *latest_macro, uint64_t latest,
			      const uint64_t *bounds, size_t n_bounds)
{
	assert(!c->n_configs);
	c->space.version_macro = xabi_corpus_intern(c, version_macro);
	c->space.latest_macro = xabi_corpus_intern(c, latest_macro);
	c->space.latest = latest;
	if (!version_macro || !n_bounds) {
		c->space.n_partitions = 1;
		c->space.partitions[0].lo = 0;
		c->space.partitions[0].hi = version_macro ? latest + 1 : UINT64_MAX;
		return;
	}
	assert(bounds[0] == 0);
	c->space.partitions = xabi_arena_alloc(&c->priv->arena,
					 n_bounds * sizeof(*c->space.partitions));
	c->space.n_partitions = n_bounds;
	for (size_t i = 0; i < n_bounds; i++) {
		assert(i == 0 || bounds[i] > bounds[i - 1]);
		assert(bounds[i] <= latest);
		c->space.partitions[i].lo = bounds[i];
		c->space.partitions[i].hi = i + 1 < n_bounds ? bounds[i + 1] : latest + 1;
	}
}

void xabi_corpus_add_config(struct xabi_corpus *c, unsigned arch,
			    unsigned audience, unsigned partition)
{
	assert(arch < c->n_arches && audience < c->n_audiences &&
	       partition < c->n_partitions && !c->n_facts);
	c->space.configs = xabi_xrealloc(c->space.configs, (c->space.n_configs + 1) * sizeof(*c->space.configs));
	c->space.configs[c->space.n_configs++] = (struct xabi_config){ arch, audience, partition };
}

void xabi_corpus_build_configs(struct xabi_corpus *c, const bool *partitions)
{
	size_t last = c->space.n_partitions - 1;

	assert(!c->n_configs);
	for (unsigned a = 0; a < c->space.n_arches; a++)
		for (unsigned u = 0; u < c->space.n_audiences; u++)
			for (unsigned p = 0; p < c->space.n_partitions; p++)
				if (c->space.audiences[u].pinned ? p == last :
				    !partitions || partitions[p])
					xabi_corpus_add_config(c, a, u, p);
}

unsigned xabi_corpus_partition_of(const struct xabi_corpus *c, uint64_t v)
{
	unsigned p = 0;

	while (p + 1 < c->space.n_partitions && c->space.partitions[p + 1].lo <= v)
		p++;
	return p;
}

int xabi_corpus_find_arch(const struct xabi_corpus *c, const char *name)
{
	for (size_t i = 0; i < c->space.n_arches; i++)
		if (!strcmp(c->space.arches[i].name, name))
			return (int)i;
	return -1;
}

int xabi_corpus_find_audience(const struct xabi_corpus *c, const char *name)
{
	for (size_t i = 0; i < c->space.n_audiences; i++)
		if (!strcmp(c->space.audiences[i].name, name))
			return (int)i;
	return -1;
}

size_t xabi_corpus_config_at(const struct xabi_corpus *c, const char *arch,
			     const char *audience, uint64_t v)
{
	int a = xabi_corpus_find_arch(c, arch), u = xabi_corpus_find_audience(c, audience);
	unsigned p;

	if (a < 0 || u < 0)
		return c->space.n_configs;
	if (c->space.audiences[u].pinned)
		p = (unsigned)c->space.n_partitions - 1;
	else if (c->space.version_macro && v > c->space.latest)
		return c->space.n_configs;
	else
		p = xabi_corpus_partition_of(c, v);
	for (size_t i = 0; i < c->space.n_configs; i++)
		if (c->space.configs[i].arch == (unsigned)a && c->space.configs[i].audience == (unsigned)u &&
		    c->space.configs[i].partition == p)
			return i;
	return c->space.n_configs;
}

uint64_t xabi_corpus_partition_rep(const struct xabi_corpus *c, unsigned p)
{
	/* The last partition holds latest, which is what tools and the
	 * hypervisor are built at: parse that exact value. */
	if (c->space.version_macro && p == c->space.n_partitions - 1)
		return c->space.latest;
	return c->space.partitions[p].lo;
}

struct xabi_bitset *xabi_corpus_new_set(const struct xabi_corpus *c)
{
	return xabi_bitset_new(c->space.n_configs);
}
