/* SPDX-License-Identifier: MIT */
/*
 * Incremental extraction. Against a reference (the same profile's corpus
 * of another tree, such as a patch's parent, fresh or read from a dump),
 * each parse of a full extraction is made one of three ways:
 *   - copied: nothing it reads changed (the reference's configuration at
 *     the same interface version read the same bytes), so the reference's
 *     facts stand;
 *   - the changed headers it reads, and the headers that include them,
 *     are parsed again (with the prelude, in as few parses as their own
 *     version thresholds need); the other headers' facts are copied;
 *   - all of it is parsed again, when the prelude itself changed.
 *
 * That rests on what the full extraction rests on too: a header's facts
 * depend on what it includes and on the prelude, not on the headers the
 * umbrella holds before it; and versions between two thresholds of the
 * files parsed preprocess alike. scripts/incremental-check.sh compares
 * incremental and full reports, byte for byte, on Xen's history.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "frontend.h"
#include "reuse.h"

/* Scan files whose bytes differ from the reference's, or that it lacks. */
static bool *changed_files(const struct xabi_corpus *ref, const struct xabi_scan *scan,
			   size_t *n)
{
	bool *changed = xabi_xcalloc(scan->n_files + 1, sizeof(bool));

	*n = 0;
	for (size_t i = 0; i < scan->n_files; i++) {
		const struct xabi_header *h = xabi_corpus_header(ref, scan->files[i].path);

		changed[i] = !h || !h->digest || strcmp(h->digest, scan->files[i].digest);
		*n += changed[i];
	}
	return changed;
}

/* Add to `set` every file that includes one in it, directly or not. */
static void add_includers(const struct xabi_scan *scan, bool *set)
{
	bool more = true;

	while (more) {
		more = false;
		for (size_t i = 0; i < scan->n_files; i++)
			for (size_t d = 0; !set[i] && d < scan->files[i].n_deps; d++)
				if (set[scan->files[i].deps[d]])
					more = set[i] = true;
	}
}

/* Whether a prelude file of the tree is in `set`: it stands under every header. */
static bool prelude_in(const struct xabi_profile *p, const struct xabi_scan *scan,
		       const bool *set)
{
	for (size_t i = 0; i < p->n_prelude; i++) {
		size_t idx = xabi_plan_prelude_file(p, scan, i);

		if (idx < scan->n_files && set[idx])
			return true;
	}
	return false;
}

/* Did configuration k of the reference read `path` (parse, refuse or fail it)? */
static bool read_at(const struct xabi_corpus *ref, const char *path, size_t k)
{
	const struct xabi_header *h = xabi_corpus_header(ref, path);

	if (h && h->parsed && xabi_bitset_test(h->parsed, k))
		return true;
	for (size_t i = 0; i < ref->n_notes; i++)
		if (ref->notes[i].state != XABI_HEADER_SKIPPED &&
		    !strcmp(ref->notes[i].path, path) && xabi_bitset_test(ref->notes[i].where, k))
			return true;
	return false;
}

static bool same_string(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* Were `ref`'s configurations made the way `c`'s are being made? */
static bool made_alike(const struct xabi_corpus *ref, const struct xabi_corpus *c)
{
	if (!same_string(ref->profile, c->profile) ||
	    !same_string(ref->xabi_version, c->xabi_version) ||
	    !same_string(ref->libclang_version, c->libclang_version) ||
	    !same_string(ref->space.version_macro, c->space.version_macro) || ref->space.latest != c->space.latest)
		return false;
	for (size_t a = 0; a < c->space.n_arches; a++) {
		int r = xabi_space_find_arch(&ref->space, c->space.arches[a].name);

		if (r < 0 || !same_string(ref->space.arches[r].target, c->space.arches[a].target))
			return false;
	}
	for (size_t u = 0; u < c->space.n_audiences; u++) {
		int r = xabi_space_find_audience(&ref->space, c->space.audiences[u].name);

		if (r < 0 || !same_string(ref->space.audiences[r].defines, c->space.audiences[u].defines) ||
		    ref->space.audiences[r].pinned != c->space.audiences[u].pinned)
			return false;
	}
	return true;
}

/*
 * How job j of the full plan is made. Its parse reads what the reference's
 * configuration k read, plus the new headers of its arch; if none of that
 * changed, it is the same parse: copy it. Otherwise the changed files it
 * reads and their includers are parsed again, or everything when the
 * prelude is among them.
 */
static enum xabi_reuse_way way_of(struct xabi_reuse *r, const struct xabi_corpus *c,
				  const struct xabi_profile *profile,
				  const struct xabi_scan *scan, const bool *changed,
				  const struct xabi_job *job, size_t k)
{
	bool *again = xabi_xcalloc(scan->n_files + 1, sizeof(bool)), any = false;
	enum xabi_reuse_way way;

	for (size_t i = 0; i < scan->n_files; i++) {
		if (!changed[i])
			continue;
		if (xabi_corpus_header(r->ref, scan->files[i].path))
			again[i] = read_at(r->ref, scan->files[i].path, k);
		else
			again[i] = xabi_plan_header_applies(profile, scan, i,
							    c->space.arches[job->arch].name);
		any |= again[i];
	}
	add_includers(scan, again);
	way = !any ? XABI_REUSE_COPY : prelude_in(profile, scan, again) ?
	      XABI_REUSE_PARSE_ALL : XABI_REUSE_PARSE_CHANGED;
	for (size_t i = 0; way == XABI_REUSE_PARSE_CHANGED && i < scan->n_files; i++)
		r->changed[i] |= again[i];
	free(again);
	return way;
}

bool xabi_reuse_read_alike(const struct xabi_reuse *r, const struct xabi_scan *scan,
			   size_t config, const unsigned char *state)
{
	size_t k = r->ref_of_config[config];

	for (size_t i = 0; i < scan->n_files; i++) {
		bool now = state[i] != XABI_FILE_UNSEEN, then;

		if (r->changed[i] || (!now && !r->around[i]))
			continue;
		then = read_at(r->ref, scan->files[i].path, k);
		if (now != then)
			return false;
	}
	return true;
}

/*
 * How the parses of the changed headers split by version: at the
 * thresholds of the files they read, less the prelude's, and where what
 * they read of the prelude changes; NULL (at every threshold, the
 * prelude's too) when that cannot be told.
 */
static struct xabi_plan_split *split_of(const struct xabi_reuse *r,
					const struct xabi_profile *profile,
					const struct xabi_tree *tree, const struct xabi_scan *scan)
{
	bool *prelude = xabi_xcalloc(scan->n_files + 1, sizeof(bool));
	struct xabi_plan_split *split = xabi_xcalloc(1, sizeof(*split));

	xabi_plan_add_prelude(profile, scan, prelude);
	xabi_plan_close_over(scan, prelude);
	split->files = xabi_xmalloc((scan->n_files + 1) * sizeof(bool));
	memcpy(split->files, r->changed, (scan->n_files + 1) * sizeof(bool));
	xabi_plan_close_over(scan, split->files);
	for (size_t i = 0; i < scan->n_files; i++)
		split->files[i] &= !prelude[i];
	if (!xabi_reuse_prelude_cuts(r->ref, tree, scan, prelude, split->files,
				     &split->versions, &split->n_versions)) {
		free(split->files);
		free(split);
		split = NULL;
	}
	free(prelude);
	return split;
}

void xabi_reuse_release(struct xabi_reuse *r)
{
	if (r->split) {
		free(r->split->files);
		free(r->split->versions);
		free(r->split);
	}
	free(r->ref_of_config);
	free(r->around);
	free(r->changed);
	free(r->ref_config);
	free(r->way);
	free(r->parse_all);
	free(r->parse_changed);
	memset(r, 0, sizeof(*r));
}

bool xabi_reuse_prepare(struct xabi_reuse *r, const struct xabi_corpus *ref,
			const struct xabi_corpus *c, const struct xabi_profile *profile,
			const struct xabi_tree *tree, const struct xabi_scan *scan,
			const struct xabi_plan *full)
{
	bool *changed;

	memset(r, 0, sizeof(*r));
	if (!made_alike(ref, c))
		return false;
	r->ref = ref;
	r->ref_config = xabi_xcalloc(full->n_jobs + 1, sizeof(*r->ref_config));
	for (size_t j = 0; j < full->n_jobs; j++) {
		const struct xabi_job *job = &full->jobs[j];

		r->ref_config[j] = xabi_space_config_at(&ref->space, c->space.arches[job->arch].name,
							 c->space.audiences[job->audience].name,
							 job->version);
		if (r->ref_config[j] >= ref->space.n_configs) {
			xabi_reuse_release(r);
			return false;
		}
	}
	changed = changed_files(ref, scan, &r->n_changed);
	r->changed = xabi_xcalloc(scan->n_files + 1, sizeof(bool));
	r->way = xabi_xcalloc(full->n_jobs + 1, sizeof(*r->way));
	r->parse_all = xabi_xcalloc(c->space.n_configs + 1, sizeof(bool));
	r->parse_changed = xabi_xcalloc(c->space.n_configs + 1, sizeof(bool));
	r->ref_of_config = xabi_xcalloc(c->space.n_configs + 1, sizeof(size_t));
	for (size_t j = 0; j < full->n_jobs; j++) {
		const struct xabi_job *job = &full->jobs[j];

		r->way[j] = way_of(r, c, profile, scan, changed, job, r->ref_config[j]);
		for (size_t i = 0; i < job->n_configs; i++) {
			r->parse_all[job->configs[i]] = r->way[j] == XABI_REUSE_PARSE_ALL;
			r->parse_changed[job->configs[i]] = r->way[j] == XABI_REUSE_PARSE_CHANGED;
			r->ref_of_config[job->configs[i]] = r->ref_config[j];
		}
	}
	free(changed);
	r->around = xabi_xmalloc((scan->n_files + 1) * sizeof(bool));
	memcpy(r->around, r->changed, (scan->n_files + 1) * sizeof(bool));
	xabi_plan_close_over(scan, r->around);
	r->split = split_of(r, profile, tree, scan);
	return true;
}

/* Does job j take the reference's facts of scan file i? */
static bool copies(const struct xabi_reuse *r, const struct xabi_scan *scan, size_t j,
		   size_t i)
{
	return i < scan->n_files && (r->way[j] == XABI_REUSE_COPY ||
				     (r->way[j] == XABI_REUSE_PARSE_CHANGED && !r->changed[i]));
}

/* Where in `c` the reference's facts of `path` holding in `ref_where` go:
 * the configurations of every job that copies them from a configuration
 * they hold in. */
static void map_where(const struct xabi_reuse *r, const struct xabi_scan *scan,
		      const struct xabi_plan *full, const char *path,
		      const struct xabi_bitset *ref_where, struct xabi_bitset *where)
{
	size_t file = xabi_scan_index(scan, path);

	xabi_bitset_andnot(where, where); /* empty it */
	for (size_t j = 0; j < full->n_jobs; j++)
		if (xabi_bitset_test(ref_where, r->ref_config[j]) && copies(r, scan, j, file))
			for (size_t i = 0; i < full->jobs[j].n_configs; i++)
				xabi_bitset_set(where, full->jobs[j].configs[i]);
}

int xabi_reuse_copy(const struct xabi_reuse *r, struct xabi_corpus *c,
		    const struct xabi_scan *scan, const struct xabi_plan *full,
		    struct xabi_ctx *ctx)
{
	const struct xabi_corpus *ref = r->ref;
	struct xabi_bitset *where = xabi_space_new_set(&c->space);
	int err = 0;

	for (size_t i = 0; !err && i < ref->n_facts; i++) {
		map_where(r, scan, full, ref->facts[i]->file, ref->facts[i]->where, where);
		if (!xabi_bitset_empty(where))
			err = xabi_corpus_add_fact(c, ref->facts[i], where, ctx);
	}
	for (size_t i = 0; i < ref->n_headers; i++) {
		if (!ref->headers[i].parsed)
			continue;
		map_where(r, scan, full, ref->headers[i].path, ref->headers[i].parsed, where);
		if (!xabi_bitset_empty(where))
			xabi_corpus_add_header(c, ref->headers[i].path, where);
	}
	for (size_t i = 0; i < ref->n_notes; i++) {
		if (ref->notes[i].state == XABI_HEADER_SKIPPED)
			continue;
		map_where(r, scan, full, ref->notes[i].path, ref->notes[i].where, where);
		if (!xabi_bitset_empty(where))
			xabi_corpus_add_note(c, ref->notes[i].path, ref->notes[i].state,
					     ref->notes[i].message, where);
	}
	xabi_bitset_free(where);
	return err;
}
