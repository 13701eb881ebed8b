/* SPDX-License-Identifier: MIT */
/*
 * Scanning a whole tree: every header once, includes resolved to tree
 * files, the latest interface version found, partitions derived.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/order.h"
#include "../util/sha256.h"
#include "../util/buf.h"
#include "../util/file.h"
#include "scan/scan.h"

static int path_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct xabi_scan_file *)elem)->path);
}

size_t xabi_scan_index(const struct xabi_scan *s, const char *path)
{
	const struct xabi_scan_file *f = xabi_scan_find(s, path);

	return f ? (size_t)(f - s->files) : s->n_files;
}

const struct xabi_scan_file *xabi_scan_find(const struct xabi_scan *s,
					    const char *path)
{
	return bsearch(path, s->files, s->n_files, sizeof(*s->files), path_cmp);
}

/* Defines a lookup walks back over: one per line between a '#' and the
 * macro's name (line continuations), far more than any header has. */
#define MAX_DEFINES_BACK 64

const struct xabi_scan_define *xabi_scan_define_at(const struct xabi_scan_file *f,
						   const char *name, unsigned line)
{
	size_t lo = 0, hi = f->n_defines;

	/* Defines are in line order: the first one past `line`, then back. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (f->defines[mid].line <= line)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo, steps = 0; i-- > 0 && steps < MAX_DEFINES_BACK; steps++)
		if (!strcmp(f->defines[i].name, name))
			return &f->defines[i];
	return NULL;
}

/* "a/b/../c.h" -> "a/c.h"; NULL if it climbs out of the root. */
static char *normalize_path(const char *path)
{
	char *copy = xabi_xstrdup(path), *save = NULL;
	char **parts = NULL;
	size_t n = 0;
	struct xabi_buf out = XABI_BUF_INIT;
	bool escaped = false;

	for (char *p = strtok_r(copy, "/", &save); p; p = strtok_r(NULL, "/", &save)) {
		if (!strcmp(p, "."))
			continue;
		if (!strcmp(p, "..")) {
			if (!n) {
				escaped = true;
				break;
			}
			n--;
			continue;
		}
		parts = xabi_xrealloc(parts, (n + 1) * sizeof(*parts));
		parts[n++] = p;
	}
	for (size_t i = 0; i < n && !escaped; i++)
		xabi_buf_printf(&out, "%s%s", i ? "/" : "", parts[i]);
	free(parts);
	free(copy);
	if (escaped) {
		xabi_buf_release(&out);
		return NULL;
	}
	return xabi_buf_detach(&out);
}

bool xabi_scan_include_leaves(const char *from, const char *inc)
{
	const char *slash = strrchr(from, '/');
	char *cand, *norm;

	if (inc[0] == '/')
		return true;
	cand = slash ? xabi_xasprintf("%.*s/%s", (int)(slash - from), from, inc) :
		xabi_xstrdup(inc);
	norm = normalize_path(cand);
	free(cand);
	free(norm);
	return !norm;
}

/* The tree file at `path` (relative to the root, "." and ".." allowed
 * inside it), or s->n_files. Takes `path`. */
static size_t index_at(const struct xabi_scan *s, char *path)
{
	char *norm = normalize_path(path);
	size_t idx = norm ? xabi_scan_index(s, norm) : s->n_files;

	free(norm);
	free(path);
	return idx;
}

/* The tree file <inc> names on a hosted profile's include path: the
 * root, then the pkg-config folders under it (their multiarch folder is
 * the arch's: not followed). */
static size_t resolve_angled(const struct xabi_scan *s, const char *inc,
			     const struct xabi_tree *tree)
{
	size_t idx = index_at(s, xabi_xstrdup(inc));

	for (size_t i = 0; idx == s->n_files && i < tree->n_include_dirs; i++)
		idx = index_at(s, xabi_xasprintf("%s/%s", tree->include_dirs[i], inc));
	return idx;
}

/* The tree file "inc" names: relative to the including file, or through
 * the profile's alias for the root. */
static size_t resolve_quoted(const struct xabi_scan *s, const char *from,
			     const char *inc, const char *alias)
{
	const char *slash = strrchr(from, '/');
	size_t alen = alias ? strlen(alias) : 0;
	size_t idx = index_at(s, slash ? xabi_xasprintf("%.*s/%s", (int)(slash - from),
							 from, inc) : xabi_xstrdup(inc));

	if (idx == s->n_files && alias && !strncmp(inc, alias, alen) && inc[alen] == '/')
		idx = index_at(s, xabi_xstrdup(inc + alen + 1));
	return idx;
}

/* The tree file an include names, or s->n_files. */
static size_t resolve_include(const struct xabi_scan *s, const char *from,
			      const char *inc, const char *alias,
			      const struct xabi_tree *tree, bool hosted)
{
	if (inc[0] != '<')
		return resolve_quoted(s, from, inc, alias);
	return hosted ? resolve_angled(s, inc + 1, tree) : s->n_files;
}

static void resolve_deps(struct xabi_scan *s, const char *alias,
			 const struct xabi_tree *tree, bool hosted)
{
	for (size_t i = 0; i < s->n_files; i++) {
		struct xabi_scan_file *f = &s->files[i];

		for (size_t j = 0; j < f->n_includes; j++) {
			size_t dep = resolve_include(s, f->path, f->includes[j], alias,
							     tree, hosted);
			bool seen = false;

			for (size_t k = 0; k < f->n_deps; k++)
				seen |= f->deps[k] == dep;
			if (dep == s->n_files || seen)
				continue;
			xabi_grow_one((void **)&f->deps, f->n_deps, sizeof(*f->deps));
			f->deps[f->n_deps++] = dep;
		}
	}
}

int xabi_scan_tree(struct xabi_scan **out, const struct xabi_tree *tree,
		   const struct xabi_profile *profile, size_t max_header_bytes,
		   struct xabi_ctx *ctx)
{
	struct xabi_scan *s = xabi_xcalloc(1, sizeof(*s));
	int err = 0;

	*out = NULL;
	s->version_macro = profile->version_macro;
	s->max_header_bytes = max_header_bytes;
	s->files = xabi_xcalloc(tree->n_headers, sizeof(*s->files));
	for (size_t i = 0; i < tree->n_headers; i++) {
		char *path = xabi_tree_path(tree, tree->headers[i]), *text;
		size_t len;

		err = xabi_file_read(&text, &len, path, max_header_bytes, ctx);
		free(path);
		if (err)
			goto fail;
		xabi_scan_text(&s->files[i], tree->headers[i], text, len,
			       profile->version_macro, profile->latest_macro);
		xabi_sha256_hex(text, len, s->files[i].digest);
		s->n_files++;
		free(text);
		if (s->files[i].defines_latest && !s->have_latest) {
			s->have_latest = true;
			s->latest = s->files[i].latest;
			s->latest_file = s->files[i].path;
		}
	}
	resolve_deps(s, profile->include_alias, tree, profile->hosted);
	xabi_scan_evaluate(s);
	if (profile->version_macro && profile->latest_macro && !s->have_latest) {
		err = XABI_ERROR(ctx, XABI_EINVALID,
				 "%s: no header defines %s as a number, so the latest "
				 "interface version is unknown", tree->root,
				 profile->latest_macro);
		goto fail;
	}
	*out = s;
	return 0;
fail:
	xabi_scan_free(s);
	return err;
}

void xabi_scan_free(struct xabi_scan *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_files; i++)
		xabi_scan_file_release(&s->files[i]);
	free(s->files);
	free(s);
}

void xabi_scan_partitions(const struct xabi_scan *s, const bool *include,
			  uint64_t **out, size_t *n)
{
	XABI_VEC(uint64_t) v = { 0 };
	uint64_t top = UINT64_MAX;
	size_t kept = 0;

	XABI_VEC_PUSH(&v, 0);
	for (size_t i = 0; i < s->n_files; i++)
		for (size_t j = 0; (!include || include[i]) &&
				   j < s->files[i].n_thresholds; j++)
			XABI_VEC_PUSH(&v, s->files[i].thresholds[j].value);
	qsort(v.items, v.n, sizeof(*v.items), xabi_order_u64);
	/* Past the latest version the headers refuse to compile. */
	if (s->have_latest)
		top = s->latest;
	for (size_t i = 0; i < v.n; i++)
		if (v.items[i] <= top && (!kept || v.items[i] != v.items[kept - 1]))
			v.items[kept++] = v.items[i];
	*out = v.items;
	*n = kept;
}
