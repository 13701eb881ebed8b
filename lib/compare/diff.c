/* SPDX-License-Identifier: MIT */
/*
 * A diff: build the report space, run each view over its pairs, keep of the
 * bump and runtime views only what the old release did not already have,
 * narrow to what was asked for, and sort.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/pool.h"
#include "compare.h"

static void run_release(struct xabi_diff *d, struct xabi_sink *base)
{
	struct xabi_pairs pairs;
	struct xabi_sink s = *base;

	xabi_pairs_release_views(&pairs, &d->space, d->old, d->new);
	s.pairs = &pairs;
	s.view = XABI_VIEW_PINNED;
	xabi_compare_by_name(&s, d->old, d->new);
	xabi_compare_elf(&s, d->old, d->new);
	xabi_pairs_release(&pairs);
}

/* Raising the interface version within the new release, at the bounds
 * (gates) the old release did not have. */
static void run_bump(struct xabi_diff *d, struct xabi_sink *base)
{
	struct xabi_pairs pairs;
	struct xabi_sink s = *base;

	xabi_pairs_within(&pairs, &d->space, d->new, d->old, XABI_VIEW_BUMP);
	s.pairs = &pairs;
	s.view = XABI_VIEW_BUMP;
	if (pairs.n) /* no new gate, nothing to compare: skip the grouping */
		xabi_compare_by_name(&s, d->new, d->new);
	xabi_pairs_release(&pairs);
}

/* The run-time rule within the new release; what the old release already
 * had is not news. */
static void run_runtime(struct xabi_diff *d, struct xabi_sink *base)
{
	struct xabi_pairs pairs;
	struct xabi_map *seen = xabi_map_new(1024);
	struct xabi_sink s = *base;

	xabi_pairs_within(&pairs, NULL, d->old, NULL, XABI_VIEW_RUNTIME);
	s.pairs = &pairs;
	s.view = XABI_VIEW_RUNTIME;
	s.collect = seen;
	if (pairs.n)
		xabi_compare_runtime(&s, d->old);
	xabi_pairs_release(&pairs);

	xabi_pairs_within(&pairs, &d->space, d->new, NULL, XABI_VIEW_RUNTIME);
	s.collect = NULL;
	s.ignore = seen;
	if (pairs.n)
		xabi_compare_runtime(&s, d->new);
	xabi_pairs_release(&pairs);
	xabi_map_free(seen);
}

static void release_change(struct xabi_change *c)
{
	xabi_bitset_free(c->where);
	free(c->message);
	free(c->note);
	free(c->suppressed_by);
	for (size_t i = 0; i < c->n_consequences; i++)
		release_change(&c->consequences[i]);
	free(c->consequences);
}

/* Keep what happens where the user asked (mask, over d->space). */
static void narrow(struct xabi_diff *d, const struct xabi_bitset *mask)
{
	size_t kept = 0;

	for (size_t i = 0; i < d->n_changes; i++) {
		struct xabi_change *c = &d->changes[i];

		xabi_bitset_and(c->where, mask);
		if (xabi_bitset_empty(c->where))
			release_change(c);
		else
			d->changes[kept++] = *c;
	}
	d->n_changes = kept;
}

int xabi_change_cmp(const void *pa, const void *pb)
{
	const struct xabi_change *a = pa, *b = pb;
	int x;

	if (a->severity != b->severity)
		return a->severity > b->severity ? -1 : 1;
	if ((x = strcmp(a->file, b->file)))
		return x;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	/* Catalog order: of one entity's changes, the removal, then the
	 * size, then the alignment, ... (the first is a finding's root). */
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if ((x = strcmp(a->name, b->name)))
		return x;
	if (a->views != b->views)
		return a->views < b->views ? -1 : 1;
	if ((x = strcmp(a->message, b->message)))
		return x;
	return xabi_bitset_cmp(a->where, b->where);
}

void xabi_diff_remark(struct xabi_diff *d, char *text)
{
	d->remarks = xabi_xrealloc(d->remarks, (d->n_remarks + 1) * sizeof(char *));
	d->remarks[d->n_remarks++] = text;
}

/* Headers that parse on neither side (one that needs a system header the
 * profile does not provide, say) are compared nowhere: say so. */
static void note_coverage_gaps(struct xabi_diff *d)
{
	for (size_t i = 0; i < d->new->n_notes; i++) {
		const struct xabi_header_note *n = &d->new->notes[i];

		if (n->state != XABI_HEADER_FAILED)
			continue;
		for (size_t j = 0; j < d->old->n_notes; j++)
			if (d->old->notes[j].state == XABI_HEADER_FAILED &&
			    !strcmp(d->old->notes[j].path, n->path)) {
				xabi_diff_remark(d, xabi_xasprintf(
					"coverage gap: %s parses on neither side, so it is not "
					"compared: %s", n->path, n->message));
				break;
			}
	}
}

/* A header in `c` by path, or NULL (headers are sorted by path). */
static const struct xabi_header *header_of(const struct xabi_corpus *c, const char *path)
{
	size_t lo = 0, hi = c->n_headers;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int cmp = strcmp(c->headers[mid].path, path);

		if (!cmp)
			return &c->headers[mid];
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Whether header `path` of c is accounted for: some configuration parsed
 * it, or failed to (header.unparsed and the coverage-gap note tell), or the
 * profile skips it with a reason (io/libxenvchan.h). */
static bool evaluated(const struct xabi_corpus *c, const struct xabi_header *h,
		      const char *path)
{
	if (h && h->parsed && !xabi_bitset_empty(h->parsed))
		return true;
	for (size_t i = 0; i < c->n_notes; i++)
		if (c->notes[i].state != XABI_HEADER_REFUSED && !strcmp(c->notes[i].path, path))
			return true;
	return false;
}

/* A header whose bytes changed but that no configuration read, on either
 * side (an arch left out with --arch, one the profile lacks), is not
 * compared: say so, rather than let "no ABI change" cover it. */
static void note_unevaluated(struct xabi_diff *d)
{
	for (size_t i = 0; i < d->new->n_headers; i++) {
		const struct xabi_header *h = &d->new->headers[i];
		const struct xabi_header *before = header_of(d->old, h->path);

		if (!h->digest || (before && (!before->digest ||
					      !strcmp(before->digest, h->digest))) ||
		    evaluated(d->new, h, h->path) || evaluated(d->old, before, h->path))
			continue;
		xabi_diff_remark(d, xabi_xasprintf(
			"not covered: %s %s, but no configuration evaluated it on either "
			"side, so it is not compared (the arches it is for were not "
			"evaluated: see --arch and the profile's [arch-headers])", h->path,
			before ? "changed" : "is new"));
	}
}

/* One view, run on its own part of the diff so that views can run in
 * parallel; parts are joined in a fixed order afterwards. */
struct view_run {
	void (*run)(struct xabi_diff *d, struct xabi_sink *s);
	struct xabi_diff part;
	size_t cap;
};

static void run_view(size_t job, unsigned worker, void *payload)
{
	struct view_run *v = &((struct view_run *)payload)[job];
	struct xabi_sink s = { .diff = &v->part, .cap_changes = &v->cap,
			       .index = xabi_map_new(1024) };

	(void)worker;
	v->run(&v->part, &s);
	xabi_map_free(s.index);
}

static void join(struct xabi_diff *d, struct xabi_diff *part)
{
	d->changes = xabi_xrealloc(d->changes,
				   (d->n_changes + part->n_changes + 1) * sizeof(*d->changes));
	if (part->n_changes) /* memcpy from NULL is undefined, even for 0 bytes */
		memcpy(d->changes + d->n_changes, part->changes,
		       part->n_changes * sizeof(*d->changes));
	d->n_changes += part->n_changes;
	d->owned = xabi_xrealloc(d->owned, (d->n_owned + part->n_owned + 1) * sizeof(*d->owned));
	if (part->n_owned)
		memcpy(d->owned + d->n_owned, part->owned, part->n_owned * sizeof(*d->owned));
	d->n_owned += part->n_owned;
	free(part->changes);
	free(part->owned);
}

int xabi_diff_compute(struct xabi_diff **out, const struct xabi_corpus *old,
		      const struct xabi_corpus *new,
		      const struct xabi_selection *select, struct xabi_ctx *ctx)
{
	static const struct xabi_selection everything;
	struct xabi_diff *d = xabi_xcalloc(1, sizeof(*d));
	struct xabi_bitset *mask;
	int err;
	struct view_run views[] = {
		{ .run = run_release }, { .run = run_bump }, { .run = run_runtime },
	};
	size_t n_views = sizeof(views) / sizeof(*views);

	*out = NULL;
	select = select ? select : &everything;
	d->old = old;
	d->new = new;
	xabi_diff_space_build(&d->space, old, new, d);
	if (!d->space.n_configs) {
		xabi_diff_free(d);
		return XABI_ERROR(ctx, XABI_EINVALID,
				  "the two sides have no arch and audience in common "
				  "(old: profile %s, new: profile %s)", old->profile,
				  new->profile);
	}
	err = xabi_space_select(&mask, &d->space, select, ctx);
	if (err) {
		xabi_diff_free(d);
		return err;
	}
	for (size_t i = 0; i < n_views; i++) {
		views[i].part.old = old;
		views[i].part.new = new;
		views[i].part.space = d->space; /* shared, read only: join() keeps d's */
	}
	xabi_pool_run(n_views, xabi_pool_default_threads(), run_view, views);
	for (size_t i = 0; i < n_views; i++)
		join(d, &views[i].part);
	note_coverage_gaps(d);
	note_unevaluated(d);
	narrow(d, mask);
	xabi_bitset_free(mask);
	xabi_diff_finish(d);
	*out = d;
	return 0;
}

void xabi_diff_finish(struct xabi_diff *d)
{
	if (d->n_changes)
		qsort(d->changes, d->n_changes, sizeof(*d->changes), xabi_change_cmp);
	if (d->n_suppressed)
		qsort(d->suppressed, d->n_suppressed, sizeof(*d->suppressed), xabi_change_cmp);
	memset(d->counts, 0, sizeof(d->counts));
	for (size_t i = 0; i < d->n_changes; i++)
		d->counts[d->changes[i].severity]++;
}

void xabi_diff_add(struct xabi_diff *d, enum xabi_change_id kind,
		   enum xabi_severity severity, unsigned views,
		   const struct xabi_fact *old, const struct xabi_fact *new,
		   struct xabi_bitset *where, char *message)
{
	const struct xabi_fact *side = new ? new : old;
	struct xabi_change *c;

	d->changes = xabi_xrealloc(d->changes, (d->n_changes + 1) * sizeof(*d->changes));
	c = &d->changes[d->n_changes++];
	*c = (struct xabi_change){
		.kind = kind, .severity = severity, .views = views,
		.entity = side->kind, .scope = side->scope, .name = side->name,
		.old = old, .new = new, .file = side->file, .line = side->line,
		.where = where, .message = message,
	};
}


const struct xabi_fact *xabi_diff_stand_in(struct xabi_diff *d, enum xabi_kind kind,
					   const char *name, const char *file,
					   unsigned line, const char *comment)
{
	struct xabi_fact *f = xabi_xcalloc(1, sizeof(*f));

	/* Its own copies, freed with the diff: views make stand-ins on
	 * their own threads. */
	f->kind = kind;
	f->name = xabi_xstrdup_or_null(name);
	f->file = xabi_xstrdup_or_null(file);
	f->line = line;
	f->comment = xabi_xstrdup_or_null(comment);
	d->owned = xabi_xrealloc(d->owned, (d->n_owned + 1) * sizeof(*d->owned));
	d->owned[d->n_owned++] = f;
	return f;
}

void xabi_diff_suppress(struct xabi_diff *d, size_t i, const char *why)
{
	struct xabi_change c = d->changes[i];

	c.suppressed_by = xabi_xstrdup(why);
	d->suppressed = xabi_xrealloc(d->suppressed,
				      (d->n_suppressed + 1) * sizeof(*d->suppressed));
	d->suppressed[d->n_suppressed++] = c;
	memmove(&d->changes[i], &d->changes[i + 1],
		(d->n_changes - i - 1) * sizeof(*d->changes));
	d->n_changes--;
}

void xabi_diff_free(struct xabi_diff *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->n_changes; i++)
		release_change(&d->changes[i]);
	free(d->changes);
	for (size_t i = 0; i < d->n_suppressed; i++)
		release_change(&d->suppressed[i]);
	free(d->suppressed);
	for (size_t i = 0; i < d->n_remarks; i++)
		free(d->remarks[i]);
	free(d->remarks);
	for (size_t i = 0; i < d->n_owned; i++) {
		free((char *)d->owned[i]->name);
		free((char *)d->owned[i]->file);
		free((char *)d->owned[i]->comment);
		free(d->owned[i]);
	}
	free(d->owned);
	xabi_space_release(&d->space);
	free(d);
}

int xabi_diff_exit_bits(const struct xabi_diff *d)
{
	return (d->n_changes ? 4 : 0) | (d->counts[XABI_SEV_ERROR] ? 8 : 0);
}
