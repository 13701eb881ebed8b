/* SPDX-License-Identifier: MIT */
/* The configurations a selection names (see xabi/model.h). */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/names.h"
#include "xabi/model.h"

static bool listed(const char *name, const char *const *list, size_t n)
{
	return !n || xabi_names_find(name, list, n) < n;
}

/* The corpus's arch (or audience) names, for xabi_names_check. */
static const char **arch_names(const struct xabi_corpus *c)
{
	const char **names = xabi_xcalloc(c->space.n_arches + 1, sizeof(*names));

	for (size_t i = 0; i < c->space.n_arches; i++)
		names[i] = c->space.arches[i].name;
	return names;
}

static const char **audience_names(const struct xabi_corpus *c)
{
	const char **names = xabi_xcalloc(c->space.n_audiences + 1, sizeof(*names));

	for (size_t i = 0; i < c->space.n_audiences; i++)
		names[i] = c->space.audiences[i].name;
	return names;
}

static bool version_selected(const struct xabi_corpus *c, const struct xabi_selection *sel,
			     const struct xabi_config *k)
{
	const struct xabi_partition *p = &c->space.partitions[k->partition];

	if (c->space.audiences[k->audience].pinned)
		return true;
	switch (sel->iface) {
	case XABI_IFACE_LATEST:
		return k->partition == c->space.n_partitions - 1;
	case XABI_IFACE_LIST:
		for (size_t i = 0; i < sel->n_ifaces; i++)
			if (sel->ifaces[i] >= p->lo && sel->ifaces[i] < p->hi)
				return true;
		return false;
	default:
		return true;
	}
}

int xabi_corpus_select(struct xabi_bitset **out, const struct xabi_corpus *c,
		       const struct xabi_selection *sel, struct xabi_ctx *ctx)
{
	int err;
	const char **arches = arch_names(c), **audiences = audience_names(c);

	*out = NULL;
	err = xabi_names_check("arch", sel->arches, sel->n_arches, arches, c->space.n_arches,
			       NULL, ctx);
	if (!err)
		err = xabi_names_check("audience", sel->audiences, sel->n_audiences,
				       audiences, c->space.n_audiences, NULL, ctx);
	free(arches);
	free(audiences);
	for (size_t i = 0; !err && sel->iface == XABI_IFACE_LIST && i < sel->n_ifaces; i++)
		if (c->space.version_macro && sel->ifaces[i] > c->space.latest)
			err = XABI_ERROR(ctx, XABI_EINVALID, "interface version 0x%08llx is "
					 "newer than the latest these headers offer (0x%08llx)",
					 (unsigned long long)sel->ifaces[i],
					 (unsigned long long)c->space.latest);
	if (err)
		return err;
	*out = xabi_corpus_new_set(c);
	for (size_t r = 0; r < c->space.n_configs; r++) {
		const struct xabi_config *k = &c->space.configs[r];

		if (version_selected(c, sel, k) &&
		    listed(c->space.arches[k->arch].name, sel->arches, sel->n_arches) &&
		    listed(c->space.audiences[k->audience].name, sel->audiences, sel->n_audiences))
			xabi_bitset_set(*out, r);
	}
	return 0;
}
