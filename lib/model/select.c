/* SPDX-License-Identifier: MIT */
/* The configurations a selection names (see xabi/model.h). */
#include <stdio.h>
#include <string.h>

#include "../util/buf.h"
#include "xabi/model.h"

static bool listed(const char *name, const char *const *list, size_t n)
{
	if (!n)
		return true;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list[i], name))
			return true;
	return false;
}

/* Is every name of `want` one of the corpus's? names(c, i) gives the i-th. */
static int check_names(const struct xabi_corpus *c, const char *what,
		       const char *const *want, size_t n_want, size_t n_have,
		       const char *(*names)(const struct xabi_corpus *, size_t),
		       struct xabi_ctx *ctx)
{
	for (size_t w = 0; w < n_want; w++) {
		struct xabi_buf have = XABI_BUF_INIT;
		size_t i = 0;
		int err;

		while (i < n_have && strcmp(names(c, i), want[w]))
			i++;
		if (i < n_have)
			continue;
		for (size_t j = 0; j < n_have; j++)
			xabi_buf_printf(&have, "%s%s", j ? ", " : "", names(c, j));
		err = XABI_ERROR(ctx, XABI_EINVALID, "unknown %s '%s' (known: %s)",
				 what, want[w], n_have ? xabi_buf_cstr(&have) : "none");
		xabi_buf_release(&have);
		return err;
	}
	return 0;
}

static const char *arch_name(const struct xabi_corpus *c, size_t i)
{
	return c->arches[i].name;
}

static const char *audience_name(const struct xabi_corpus *c, size_t i)
{
	return c->audiences[i].name;
}

static bool version_selected(const struct xabi_corpus *c, const struct xabi_selection *sel,
			     const struct xabi_config *k)
{
	const struct xabi_partition *p = &c->partitions[k->partition];

	if (c->audiences[k->audience].pinned)
		return true;
	switch (sel->iface) {
	case XABI_IFACE_LATEST:
		return k->partition == c->n_partitions - 1;
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

	*out = NULL;
	err = check_names(c, "arch", sel->arches, sel->n_arches, c->n_arches, arch_name, ctx);
	if (!err)
		err = check_names(c, "audience", sel->audiences, sel->n_audiences,
				  c->n_audiences, audience_name, ctx);
	for (size_t i = 0; !err && sel->iface == XABI_IFACE_LIST && i < sel->n_ifaces; i++)
		if (c->version_macro && sel->ifaces[i] > c->latest)
			err = XABI_ERROR(ctx, XABI_EINVALID, "interface version 0x%08llx is "
					 "newer than the latest these headers offer (0x%08llx)",
					 (unsigned long long)sel->ifaces[i],
					 (unsigned long long)c->latest);
	if (err)
		return err;
	*out = xabi_corpus_new_set(c);
	for (size_t r = 0; r < c->n_configs; r++) {
		const struct xabi_config *k = &c->configs[r];

		if (version_selected(c, sel, k) &&
		    listed(c->arches[k->arch].name, sel->arches, sel->n_arches) &&
		    listed(c->audiences[k->audience].name, sel->audiences, sel->n_audiences))
			xabi_bitset_set(*out, r);
	}
	return 0;
}
