/* SPDX-License-Identifier: MIT */
/*
 * A configuration space (xabi/model.h): its arches, audiences and
 * interface-version partitions, the configurations they make, and finding
 * one again. A space owns its arrays and strings.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "model/bitset.h"
#include "util/alloc.h"
#include "xabi/model.h"

void xabi_space_init(struct xabi_space *s)
{
	*s = (struct xabi_space){ .n_partitions = 1 };
	s->partitions = xabi_xcalloc(1, sizeof(*s->partitions));
	s->partitions[0].hi = UINT64_MAX;
}

void xabi_space_release(struct xabi_space *s)
{
	for (size_t i = 0; i < s->n_arches; i++) {
		free((char *)s->arches[i].name);
		free((char *)s->arches[i].target);
	}
	for (size_t i = 0; i < s->n_audiences; i++) {
		free((char *)s->audiences[i].name);
		free((char *)s->audiences[i].defines);
	}
	free((char *)s->version_macro);
	free((char *)s->latest_macro);
	free(s->arches);
	free(s->audiences);
	free(s->partitions);
	free(s->configs);
	memset(s, 0, sizeof(*s));
}


void xabi_space_add_arch(struct xabi_space *s, const char *name, const char *target)
{
	assert(!s->n_configs && s->n_arches < XABI_MAX_ARCHES);
	xabi_grow_one((void **)&s->arches, s->n_arches, sizeof(*s->arches));
	s->arches[s->n_arches++] = (struct xabi_arch){ xabi_xstrdup_or_null(name), xabi_xstrdup_or_null(target ? target : "") };
}

void xabi_space_add_audience(struct xabi_space *s, const char *name, const char *defines,
			     bool pinned)
{
	assert(!s->n_configs && s->n_audiences < XABI_MAX_AUDIENCES);
	xabi_grow_one((void **)&s->audiences, s->n_audiences, sizeof(*s->audiences));
	s->audiences[s->n_audiences++] = (struct xabi_audience){
		xabi_xstrdup_or_null(name), xabi_xstrdup_or_null(defines ? defines : ""), pinned,
	};
}

void xabi_space_set_versions(struct xabi_space *s, const char *version_macro,
			     const char *latest_macro, uint64_t latest,
			     const uint64_t *bounds, size_t n_bounds)
{
	assert(!s->n_configs);
	free((char *)s->version_macro);
	free((char *)s->latest_macro);
	s->version_macro = xabi_xstrdup_or_null(version_macro);
	s->latest_macro = xabi_xstrdup_or_null(latest_macro);
	s->latest = latest;
	if (!version_macro || !n_bounds) {
		s->n_partitions = 1;
		s->partitions[0].lo = 0;
		s->partitions[0].hi = version_macro ? latest + 1 : UINT64_MAX;
		return;
	}
	assert(bounds[0] == 0);
	free(s->partitions);
	s->partitions = xabi_xcalloc(n_bounds, sizeof(*s->partitions));
	s->n_partitions = n_bounds;
	for (size_t i = 0; i < n_bounds; i++) {
		assert(i == 0 || bounds[i] > bounds[i - 1]);
		assert(bounds[i] <= latest);
		s->partitions[i].lo = bounds[i];
		s->partitions[i].hi = i + 1 < n_bounds ? bounds[i + 1] : latest + 1;
	}
}

void xabi_space_add_config(struct xabi_space *s, unsigned arch, unsigned audience,
			   unsigned partition)
{
	assert(arch < s->n_arches && audience < s->n_audiences && partition < s->n_partitions);
	xabi_grow_one((void **)&s->configs, s->n_configs, sizeof(*s->configs));
	s->configs[s->n_configs++] = (struct xabi_config){ arch, audience, partition };
}

void xabi_space_build_configs(struct xabi_space *s, const bool *partitions)
{
	size_t last = s->n_partitions - 1;

	assert(!s->n_configs);
	for (unsigned a = 0; a < s->n_arches; a++)
		for (unsigned u = 0; u < s->n_audiences; u++)
			for (unsigned p = 0; p < s->n_partitions; p++)
				if (s->audiences[u].pinned ? p == last :
				    !partitions || partitions[p])
					xabi_space_add_config(s, a, u, p);
}

unsigned xabi_space_partition_of(const struct xabi_space *s, uint64_t v)
{
	unsigned p = 0;

	while (p + 1 < s->n_partitions && s->partitions[p + 1].lo <= v)
		p++;
	return p;
}

int xabi_space_find_arch(const struct xabi_space *s, const char *name)
{
	for (size_t i = 0; i < s->n_arches; i++)
		if (!strcmp(s->arches[i].name, name))
			return (int)i;
	return -1;
}

int xabi_space_find_audience(const struct xabi_space *s, const char *name)
{
	for (size_t i = 0; i < s->n_audiences; i++)
		if (!strcmp(s->audiences[i].name, name))
			return (int)i;
	return -1;
}

size_t xabi_space_config_at(const struct xabi_space *s, const char *arch,
			    const char *audience, uint64_t v)
{
	int a = xabi_space_find_arch(s, arch), u = xabi_space_find_audience(s, audience);
	unsigned p;

	if (a < 0 || u < 0)
		return s->n_configs;
	if (s->audiences[u].pinned)
		p = (unsigned)s->n_partitions - 1;
	else if (s->version_macro && v > s->latest)
		return s->n_configs;
	else
		p = xabi_space_partition_of(s, v);
	for (size_t i = 0; i < s->n_configs; i++)
		if (s->configs[i].arch == (unsigned)a && s->configs[i].audience == (unsigned)u &&
		    s->configs[i].partition == p)
			return i;
	return s->n_configs;
}

uint64_t xabi_space_partition_rep(const struct xabi_space *s, unsigned p)
{
	/* The last partition holds latest, which is what tools and the
	 * hypervisor are built at: parse that exact value. */
	if (s->version_macro && p == s->n_partitions - 1)
		return s->latest;
	return s->partitions[p].lo;
}

struct xabi_bitset *xabi_space_new_set(const struct xabi_space *s)
{
	return xabi_bitset_new(s->n_configs);
}
