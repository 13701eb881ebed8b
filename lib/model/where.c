/* SPDX-License-Identifier: MIT */
/*
 * Rendering a set of configurations compactly for people: "all",
 * "x86_32,x86_64", "guest iface<0x00040700; tools". Clauses group arches
 * that share audiences and interface ranges; a dimension the set covers
 * completely is left out, except in a corpus of one configuration, where
 * every dimension is named so the text says which configuration it is.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "xabi/model.h"

struct clause {
	uint64_t arches, audiences; /* bitmasks */
	char *range;                /* "" when the partitions are complete */
};

struct clauses {
	struct clause *items;
	size_t n, cap;
};

static void put_version(struct xabi_buf *b, uint64_t v)
{
	xabi_buf_printf(b, "0x%08llx", (unsigned long long)v);
}

/* "iface<0x00040700", "iface>=0x00040700,0x00030205..0x000406ff", ... */
static char *partition_range(const struct xabi_space *s, const bool *in)
{
	struct xabi_buf b = XABI_BUF_INIT;
	uint64_t end = s->partitions[s->n_partitions - 1].hi;

	for (size_t p = 0; p < s->n_partitions; p++) {
		size_t q = p;
		uint64_t lo, hi;

		if (!in[p])
			continue;
		while (q + 1 < s->n_partitions && in[q + 1])
			q++;
		lo = s->partitions[p].lo;
		hi = s->partitions[q].hi;
		xabi_buf_puts(&b, b.len ? "," : "iface");
		if (lo == 0 && hi != end) {
			xabi_buf_putc(&b, '<');
			put_version(&b, hi);
		} else if (hi == end && lo != 0) {
			xabi_buf_puts(&b, ">=");
			put_version(&b, lo);
		} else if (hi - lo == 1 || (lo == 0 && hi == end)) {
			xabi_buf_putc(&b, '=');
			put_version(&b, hi == end ? s->latest : lo);
		} else {
			xabi_buf_putc(&b, '=');
			put_version(&b, lo);
			xabi_buf_puts(&b, "..");
			put_version(&b, hi - 1);
		}
		p = q;
	}
	return xabi_buf_detach(&b);
}

/* The partitions of (arch, audience) in `where`, and those available. */
static size_t partitions_of(const struct xabi_space *s,
			    const struct xabi_bitset *where, unsigned arch,
			    unsigned audience, bool *in, size_t *n_avail)
{
	size_t n = 0;

	memset(in, 0, s->n_partitions * sizeof(*in));
	*n_avail = 0;
	for (size_t i = 0; i < s->n_configs; i++) {
		const struct xabi_config *k = &s->configs[i];

		if (k->arch != arch || k->audience != audience)
			continue;
		(*n_avail)++;
		if (xabi_bitset_test(where, i)) {
			in[k->partition] = true;
			n++;
		}
	}
	return n;
}

static void add_clause(struct clauses *clauses, unsigned arch,
		       unsigned audience, char *range)
{
	for (size_t i = 0; i < clauses->n; i++) {
		struct clause *cl = &clauses->items[i];

		if (cl->audiences == UINT64_C(1) << audience &&
		    !strcmp(cl->range, range)) {
			cl->arches |= UINT64_C(1) << arch;
			free(range);
			return;
		}
	}
	XABI_VEC_PUSH(clauses, ((struct clause){ UINT64_C(1) << arch,
						 UINT64_C(1) << audience, range }));
}

/* Merge clauses that differ only in audience. */
static void merge_audiences(struct clauses *clauses)
{
	for (size_t i = 0; i < clauses->n; i++)
		for (size_t j = i + 1; j < clauses->n;) {
			struct clause *a = &clauses->items[i], *b = &clauses->items[j];

			if (a->arches == b->arches && !strcmp(a->range, b->range)) {
				a->audiences |= b->audiences;
				free(b->range);
				memmove(b, b + 1, (clauses->n - j - 1) * sizeof(*b));
				clauses->n--;
			} else {
				j++;
			}
		}
}

/* Append the names in `mask`, comma-separated, after a space if needed. */
static void put_names(struct xabi_buf *b, uint64_t mask, size_t n,
		      const char *(*name)(const struct xabi_space *, size_t),
		      const struct xabi_space *s, size_t clause_start)
{
	const char *sep = b->len > clause_start ? " " : "";

	for (size_t i = 0; i < n; i++)
		if (mask >> i & 1) {
			xabi_buf_puts(b, sep);
			xabi_buf_puts(b, name(s, i));
			sep = ",";
		}
}

static const char *arch_name(const struct xabi_space *s, size_t i)
{
	return s->arches[i].name;
}

static const char *audience_name(const struct xabi_space *s, size_t i)
{
	return s->audiences[i].name;
}

static uint64_t all_of(size_t n)
{
	return n >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << n) - 1;
}

char *xabi_space_where(const struct xabi_space *s,
			const struct xabi_bitset *where)
{
	struct clauses clauses = { 0 };
	struct xabi_buf out = XABI_BUF_INIT;
	bool *in = xabi_xcalloc(s->n_partitions, sizeof(*in));
	bool lone = s->n_configs == 1;

	if (xabi_bitset_empty(where)) {
		free(in);
		return xabi_xstrdup("none");
	}
	for (unsigned u = 0; u < s->n_audiences; u++)
		for (unsigned a = 0; a < s->n_arches; a++) {
			size_t n_avail, n = partitions_of(s, where, a, u, in, &n_avail);
			bool named;

			if (!n)
				continue;
			/* Name the interface range unless it is everything
			 * there is to choose from. */
			named = s->version_macro && !s->audiences[u].pinned &&
				(n < n_avail || lone);
			add_clause(&clauses, a, u,
				   named ? partition_range(s, in) : xabi_xstrdup(""));
		}
	merge_audiences(&clauses);
	for (size_t i = 0; i < clauses.n; i++) {
		struct clause *cl = &clauses.items[i];
		size_t start;

		if (i)
			xabi_buf_puts(&out, "; ");
		start = out.len;
		if (cl->arches != all_of(s->n_arches) || lone)
			put_names(&out, cl->arches, s->n_arches, arch_name, s, start);
		if (cl->audiences != all_of(s->n_audiences) || lone)
			put_names(&out, cl->audiences, s->n_audiences,
				  audience_name, s, start);
		if (*cl->range) {
			if (out.len > start)
				xabi_buf_putc(&out, ' ');
			xabi_buf_puts(&out, cl->range);
		}
		if (out.len == start)
			xabi_buf_puts(&out, "all");
		free(cl->range);
	}
	free(clauses.items);
	free(in);
	return xabi_buf_detach(&out);
}

char *xabi_space_config_name(const struct xabi_space *s, size_t config)
{
	const struct xabi_config *k = &s->configs[config];

	if (!s->version_macro || s->audiences[k->audience].pinned)
		return xabi_xasprintf("%s %s", s->arches[k->arch].name,
				      s->audiences[k->audience].name);
	return xabi_xasprintf("%s %s iface=0x%08llx", s->arches[k->arch].name,
			      s->audiences[k->audience].name,
			      (unsigned long long)xabi_space_partition_rep(s, k->partition));
}
