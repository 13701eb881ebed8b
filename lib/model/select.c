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
static const char **arch_names(const struct xabi_space *s)
{
	const char **names = xabi_xcalloc(s->n_arches + 1, sizeof(*names));

	for (size_t i = 0; i < s->n_arches; i++)
		names[i] = s->arches[i].name;
	return names;
}

static const char **audience_names(const struct xabi_space *s)
{
	const char **names = xabi_xcalloc(s->n_audiences + 1, sizeof(*names));

	for (size_t i = 0; i < s->n_audiences; i++)
		names[i] = s->audiences[i].name;
	return names;
}

static bool version_selected(const struct xabi_space *s, const struct xabi_selection *sel,
			     const struct xabi_config *k)
{
	const struct xabi_partition *p = &s->partitions[k->partition];

	if (s->audiences[k->audience].pinned)
		return true;
	switch (sel->iface) {
	case XABI_IFACE_LATEST:
		return k->partition == s->n_partitions - 1;
	case XABI_IFACE_LIST:
		for (size_t i = 0; i < sel->n_ifaces; i++)
			if (sel->ifaces[i] >= p->lo && sel->ifaces[i] < p->hi)
				return true;
		return false;
	default:
		return true;
	}
}

int xabi_space_select(struct xabi_bitset **out, const struct xabi_space *s,
		       const struct xabi_selection *sel, struct xabi_ctx *ctx)
{
	int err;
	const char **arches = arch_names(s), **audiences = audience_names(s);

	*out = NULL;
	err = xabi_names_check("arch", sel->arches, sel->n_arches, arches, s->n_arches,
			       NULL, ctx);
	if (!err)
		err = xabi_names_check("audience", sel->audiences, sel->n_audiences,
				       audiences, s->n_audiences, NULL, ctx);
	free(arches);
	free(audiences);
	for (size_t i = 0; !err && sel->iface == XABI_IFACE_LIST && i < sel->n_ifaces; i++)
		if (s->version_macro && sel->ifaces[i] > s->latest)
			err = XABI_ERROR(ctx, XABI_EINVALID, "interface version 0x%08llx is "
					 "newer than the latest these headers offer (0x%08llx)",
					 (unsigned long long)sel->ifaces[i],
					 (unsigned long long)s->latest);
	if (err)
		return err;
	*out = xabi_space_new_set(s);
	for (size_t r = 0; r < s->n_configs; r++) {
		const struct xabi_config *k = &s->configs[r];

		if (version_selected(s, sel, k) &&
		    listed(s->arches[k->arch].name, sel->arches, sel->n_arches) &&
		    listed(s->audiences[k->audience].name, sel->audiences, sel->n_audiences))
			xabi_bitset_set(*out, r);
	}
	return 0;
}
