/* SPDX-License-Identifier: MIT */
/*
 * Extraction: set up the configurations, plan the parses, run them on a
 * thread pool (one CXIndex per thread) and merge each result into the
 * corpus as it completes. Merging is a set union, so the corpus does not
 * depend on the order in which jobs finish.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/buf.h"
#include "../util/cleanup.h"
#include "../util/names.h"
#include "../util/pool.h"
#include "frontend.h"
#include "reuse.h"
#include "clang/extract.h"

struct run {
	const struct xabi_frontend *fe;
	struct xabi_job *const *jobs;
	size_t n_jobs;
	const struct xabi_extract_options *opts;
	struct xabi_corpus *corpus;
	const struct xabi_reuse *reuse; /* set when incremental */
	bool redo;              /* a parse of changed headers read unlike the reference */
	CXIndex *indices;       /* per worker, created on first use */
	char **fatal;           /* per job */
	pthread_mutex_t lock;
	size_t done;
	int err;
	struct xabi_ctx ctx;
};

/* Mark in `out` the names of `have` that `want` names (none: the defaults). */
static void select_names(const char *const *want, size_t n_want,
			 const char *const *have, const bool *defaults,
			 size_t n_have, bool *out)
{
	for (size_t i = 0; i < n_have; i++)
		out[i] = n_want ? xabi_names_find(have[i], want, n_want) < n_want : defaults[i];
}

int xabi_extract_check_selection(const struct xabi_profile *p,
				 const struct xabi_selection *sel, struct xabi_ctx *ctx)
{
	size_t n = p->n_arches > p->n_audiences ? p->n_arches : p->n_audiences;
	const char **names = xabi_xcalloc(n + 1, sizeof(*names));
	char owner[128];
	int err;

	snprintf(owner, sizeof(owner), "profile %s", p->name);
	for (size_t i = 0; i < p->n_arches; i++)
		names[i] = p->arches[i].name;
	err = xabi_names_check("arch", sel->arches, sel->n_arches, names, p->n_arches,
			       owner, ctx);
	for (size_t i = 0; i < p->n_audiences; i++)
		names[i] = p->audiences[i].name;
	if (!err)
		err = xabi_names_check("audience", sel->audiences, sel->n_audiences, names,
				       p->n_audiences, owner, ctx);
	free(names);
	return err;
}

static int add_arches_and_audiences(struct xabi_corpus *c,
				    const struct xabi_profile *p,
				    const struct xabi_selection *sel,
				    struct xabi_ctx *ctx)
{
	size_t n = p->n_arches > p->n_audiences ? p->n_arches : p->n_audiences;
	const char **names = xabi_xcalloc(n, sizeof(*names));
	bool *defaults = xabi_xcalloc(n, sizeof(bool)), *on = xabi_xcalloc(n, sizeof(bool));
	int err = xabi_extract_check_selection(p, sel, ctx);

	for (size_t i = 0; !err && i < p->n_arches; i++) {
		names[i] = p->arches[i].name;
		defaults[i] = p->arches[i].by_default;
	}
	if (!err)
		select_names(sel->arches, sel->n_arches, names, defaults, p->n_arches, on);
	for (size_t i = 0; !err && i < p->n_arches; i++)
		if (on[i])
			xabi_space_add_arch(&c->space, p->arches[i].name, p->arches[i].target);
	for (size_t i = 0; !err && i < p->n_audiences; i++) {
		names[i] = p->audiences[i].name;
		defaults[i] = p->audiences[i].by_default;
	}
	if (!err)
		select_names(sel->audiences, sel->n_audiences, names, defaults,
			     p->n_audiences, on);
	for (size_t i = 0; !err && i < p->n_audiences; i++)
		if (on[i])
			xabi_space_add_audience(&c->space, p->audiences[i].name,
						 p->audiences[i].defines,
						 p->audiences[i].pinned);
	free(names);
	free(defaults);
	free(on);
	return err;
}

/* Partitions from the headers that some selected arch parses. */
static void set_versions(struct xabi_corpus *c, const struct xabi_profile *p,
			 const struct xabi_scan *scan)
{
	bool *use = xabi_xcalloc(scan->n_files + 1, sizeof(bool));
	uint64_t *bounds, latest;
	size_t n;

	for (size_t i = 0; i < scan->n_files; i++)
		for (size_t a = 0; a < c->space.n_arches && !use[i]; a++)
			use[i] = xabi_plan_header_applies(p, scan, i, c->space.arches[a].name);
	xabi_scan_partitions(scan, use, &bounds, &n);
	latest = scan->have_latest ? scan->latest : bounds[n - 1];
	xabi_space_set_versions(&c->space, p->version_macro, p->latest_macro, latest,
				 bounds, n);
	free(bounds);
	free(use);
}

static int build_configs(struct xabi_corpus *c, const struct xabi_selection *sel,
			 struct xabi_ctx *ctx)
{
	bool *keep = xabi_xcalloc(c->space.n_partitions, sizeof(bool));
	size_t last = c->space.n_partitions - 1;
	int err = 0;

	if (sel->iface == XABI_IFACE_ALL)
		for (size_t p = 0; p <= last; p++)
			keep[p] = true;
	keep[last] |= sel->iface == XABI_IFACE_LATEST || sel->keep_latest;
	for (size_t i = 0; sel->iface == XABI_IFACE_LIST && i < sel->n_ifaces; i++) {
		if (!c->space.version_macro) {
			err = XABI_ERROR(ctx, XABI_EINVALID,
					 "--iface: these headers have no interface "
					 "versions (the profile names no version macro)");
			break;
		}
		if (sel->ifaces[i] > c->space.latest) {
			err = XABI_ERROR(ctx, XABI_EINVALID,
					 "interface version 0x%08llx is newer than the "
					 "latest these headers offer (0x%08llx)",
					 (unsigned long long)sel->ifaces[i],
					 (unsigned long long)c->space.latest);
			break;
		}
		keep[xabi_space_partition_of(&c->space, sel->ifaces[i])] = true;
	}
	if (!err)
		xabi_space_build_configs(&c->space, keep);
	free(keep);
	return err;
}

static int merge(struct run *r, const struct xabi_job *job,
		 const struct xabi_job_result *res)
{
	struct xabi_corpus *c = r->corpus;
	const struct xabi_scan *scan = r->fe->scan;
	struct xabi_bitset *where = xabi_space_new_set(&c->space);
	int err = 0;

	for (size_t i = 0; i < job->n_configs; i++) {
		xabi_bitset_set(where, job->configs[i]);
		if (job->only && !xabi_reuse_read_alike(r->reuse, scan, job->configs[i],
							res->state))
			r->redo = true;
	}
	for (size_t i = 0; !err && i < res->facts.n; i++)
		if (!job->only || job->only[xabi_scan_index(scan, res->facts.items[i].file)])
			err = xabi_corpus_add_fact(c, &res->facts.items[i], where, &r->ctx);
	for (size_t i = 0; i < scan->n_files; i++) {
		if (job->only && !job->only[i])
			continue;
		if (res->state[i] == XABI_FILE_PARSED)
			xabi_corpus_add_header(c, scan->files[i].path, where);
		else if (res->state[i] != XABI_FILE_UNSEEN)
			xabi_corpus_add_note(c, scan->files[i].path,
					     res->state[i] == XABI_FILE_REFUSED ?
					     XABI_HEADER_REFUSED : XABI_HEADER_FAILED,
					     res->message[i], where);
	}
	xabi_bitset_free(where);
	return err;
}

static void run_job(size_t index, unsigned worker, void *payload)
{
	struct run *r = payload;
	const struct xabi_job *job = r->jobs[index];
	struct xabi_job_result res;

	if (!r->indices[worker])
		r->indices[worker] = clang_createIndex(0, 0);
	xabi_frontend_run(r->indices[worker], r->fe, job, &res);
	pthread_mutex_lock(&r->lock);
	if (res.fatal)
		r->fatal[index] = xabi_xstrdup(res.fatal);
	else if (!r->err)
		r->err = merge(r, job, &res);
	if (!r->err && r->opts->limits.max_facts &&
	    r->corpus->n_facts > r->opts->limits.max_facts)
		r->err = XABI_ERROR(&r->ctx, XABI_ELIMIT, "more than %zu distinct facts "
				    "(raise the limit with --max-facts, or narrow with "
				    "--arch, --audience, --iface)", r->opts->limits.max_facts);
	r->done++;
	if (r->opts->progress)
		r->opts->progress(r->done, r->n_jobs, job->label,
				  r->opts->progress_payload);
	pthread_mutex_unlock(&r->lock);
	xabi_job_result_release(&res);
}

/* Every header is listed, parsed or not; skipped ones say why: those
 * the profile skips, and those the tree did not list (links out of it). */
static void register_headers(struct xabi_corpus *c, const struct xabi_profile *p,
			     const struct xabi_tree *tree, const struct xabi_scan *scan)
{
	struct xabi_bitset *all = xabi_space_new_set(&c->space);

	xabi_bitset_set_all(all);
	for (size_t i = 0; i < scan->n_files; i++) {
		const char *why = xabi_profile_skip_reason(p, scan->files[i].path);

		xabi_corpus_add_header(c, scan->files[i].path, NULL);
		xabi_corpus_set_header_digest(c, scan->files[i].path, scan->files[i].digest);
		if (why)
			xabi_corpus_add_note(c, scan->files[i].path,
					     XABI_HEADER_SKIPPED, why, all);
	}
	for (size_t i = 0; i < tree->n_skipped; i++) {
		xabi_corpus_add_header(c, tree->skipped[i].path, NULL);
		xabi_corpus_add_note(c, tree->skipped[i].path, XABI_HEADER_SKIPPED,
				     tree->skipped[i].why, all);
	}
	xabi_bitset_free(all);
}

/* The parses to make: a full extraction's, or with a reference, those
 * that cannot be copied from it. */
struct parses {
	struct xabi_reuse reuse;  /* with a reference that fits */
	struct xabi_plan all;     /* parsed whole */
	struct xabi_plan changed; /* only the changed headers */
	struct xabi_job **jobs;   /* both plans' jobs */
	size_t n_jobs;
	struct xabi_umbrella *umbrellas[2]; /* per arch, of each plan */
};

/* Run the parses; *redo says that the extraction must be made in full. */
static int run_jobs(struct xabi_corpus *c, struct xabi_frontend *fe,
		    const struct parses *p, const struct xabi_extract_options *opts,
		    bool *redo, struct xabi_ctx *ctx)
{
	unsigned threads = opts->jobs ? opts->jobs : xabi_pool_default_threads();
	struct run r = { .fe = fe, .jobs = p->jobs, .n_jobs = p->n_jobs, .opts = opts,
			 .corpus = c, .reuse = &p->reuse };
	int err;

	r.indices = xabi_xcalloc(threads, sizeof(*r.indices));
	r.fatal = xabi_xcalloc(p->n_jobs + 1, sizeof(*r.fatal));
	pthread_mutex_init(&r.lock, NULL);
	xabi_pool_run(p->n_jobs, threads, run_job, &r);
	pthread_mutex_destroy(&r.lock);
	err = r.err;
	*redo = r.redo;
	if (err)
		XABI_ERROR(ctx, err, "%s", r.ctx.message);
	/* Report the first broken parse in plan order, whatever finished
	 * first, so the message is the same on every run. */
	for (size_t i = 0; !err && i < p->n_jobs; i++)
		if (r.fatal[i])
			err = XABI_ERROR(ctx, XABI_EINVALID, "cannot parse for %s: %s",
					 p->jobs[i]->label, r.fatal[i]);
	for (size_t i = 0; i < p->n_jobs; i++)
		free(r.fatal[i]);
	for (unsigned i = 0; i < threads; i++)
		if (r.indices[i])
			clang_disposeIndex(r.indices[i]);
	free(r.fatal);
	free(r.indices);
	return err;
}

/* The umbrella of each arch of `plan`, set in its jobs, and the jobs
 * appended to p->jobs. */
static struct xabi_umbrella *add_jobs(struct parses *p, struct xabi_plan *plan,
				      const struct xabi_frontend *fe)
{
	struct xabi_umbrella *umbrellas = xabi_xcalloc(fe->corpus->space.n_arches + 1,
						       sizeof(*umbrellas));

	p->jobs = xabi_xrealloc(p->jobs, (p->n_jobs + plan->n_jobs + 1) * sizeof(*p->jobs));
	for (size_t i = 0; i < plan->n_jobs; i++) {
		struct xabi_umbrella *u = &umbrellas[plan->jobs[i].arch];

		if (!u->text.len)
			xabi_umbrella_build(u, fe, &plan->jobs[i], NULL);
		plan->jobs[i].umbrella = u;
		p->jobs[p->n_jobs++] = &plan->jobs[i];
	}
	return umbrellas;
}

/*
 * Plan the parses. With a reference that fits, copy what it can give
 * (lib/clang/reuse.c) and plan only the rest.
 */
static int plan_parses(struct parses *p, struct xabi_corpus *c,
		       const struct xabi_frontend *fe,
		       const struct xabi_extract_options *opts, struct xabi_ctx *ctx)
{
	struct xabi_reuse *reuse = &p->reuse;
	int err = 0;

	memset(p, 0, sizeof(*p));
	xabi_plan_make(&p->all, c, fe->profile, fe->scan, NULL, NULL, NULL);
	if (opts->stats)
		*opts->stats = (struct xabi_extract_stats){ .full_parses = p->all.n_jobs };
	if (opts->reference &&
	    xabi_reuse_prepare(reuse, opts->reference, c, fe->profile, fe->tree, fe->scan,
			       &p->all)) {
		err = xabi_reuse_copy(reuse, c, fe->scan, &p->all, ctx);
		xabi_plan_release(&p->all, c->space.n_arches);
		xabi_plan_make(&p->all, c, fe->profile, fe->scan, NULL, reuse->parse_all, NULL);
		xabi_plan_make(&p->changed, c, fe->profile, fe->scan, reuse->changed,
			       reuse->parse_changed, reuse->split);
		if (opts->stats) {
			opts->stats->changed = reuse->n_changed;
			opts->stats->incremental = true;
		}
	}
	p->umbrellas[0] = add_jobs(p, &p->all, fe);
	p->umbrellas[1] = add_jobs(p, &p->changed, fe);
	if (opts->stats)
		opts->stats->parses = p->n_jobs;
	return err;
}

static void release_parses(struct parses *p, size_t n_arches)
{
	for (int k = 0; k < 2; k++) {
		for (size_t a = 0; p->umbrellas[k] && a < n_arches; a++)
			xabi_umbrella_release(&p->umbrellas[k][a]);
		free(p->umbrellas[k]);
	}
	xabi_plan_release(&p->all, n_arches);
	xabi_plan_release(&p->changed, n_arches);
	free(p->jobs);
	xabi_reuse_release(&p->reuse);
}

int xabi_extract(struct xabi_corpus **out, const struct xabi_profile *profile,
		 const struct xabi_tree *tree, const struct xabi_scan *scan,
		 const struct xabi_selection *sel,
		 const struct xabi_extract_options *opts, struct xabi_ctx *ctx)
{
	static const struct xabi_selection defaults;
	struct xabi_frontend fe = { profile, tree, scan, NULL, NULL, NULL };
	struct parses parses = { 0 };
	struct xabi_corpus *c = NULL;
	bool redo = false;
	char *tmpdir = NULL;
	int err;

	*out = NULL;
	sel = sel ? sel : &defaults;
	err = xabi_frontend_load(ctx);
	if (err)
		return err;
	err = xabi_corpus_new(&c, profile->name);
	if (!err) {
		char *clang = xabi_extract_clang_version();

		c->libclang_version = xabi_corpus_intern(c, clang);
		free(clang);
		c->root = xabi_corpus_intern(c, tree->layout);
		err = add_arches_and_audiences(c, profile, sel, ctx);
	}
	if (err)
		goto out;
	set_versions(c, profile, scan);
	err = build_configs(c, sel, ctx);
	if (err)
		goto out;
	if (opts->limits.max_configs && c->space.n_configs > opts->limits.max_configs) {
		err = XABI_ERROR(ctx, XABI_ELIMIT,
				 "%zu configurations exceed the limit of %zu (%zu interface-"
				 "version partitions; narrow with --arch, --audience, --iface, "
				 "or raise the limit with --max-configs)",
				 c->space.n_configs, opts->limits.max_configs, c->space.n_partitions);
		goto out;
	}
	if (!c->space.n_configs) {
		err = XABI_ERROR(ctx, XABI_EINVALID, "no configuration selected");
		goto out;
	}
	fe.corpus = c;
	err = xabi_overlay_make(&fe, &tmpdir, ctx);
	if (err)
		goto out;
	register_headers(c, profile, tree, scan);
	err = plan_parses(&parses, c, &fe, opts, ctx);
	if (!err)
		err = run_jobs(c, &fe, &parses, opts, &redo, ctx);
	release_parses(&parses, c->space.n_arches);
	if (!err && redo) {
		struct xabi_extract_options full = *opts;

		full.reference = NULL;
		xabi_overlay_remove(&fe, tmpdir);
		xabi_corpus_free(c);
		err = xabi_extract(out, profile, tree, scan, sel, &full, ctx);
		if (opts->stats)
			opts->stats->read_otherwise = true;
		return err;
	}
	if (err)
		goto out;
	xabi_corpus_finish(c);
	*out = c;
	c = NULL;
out:
	xabi_overlay_remove(&fe, tmpdir);
	xabi_corpus_free(c);
	return err;
}

char *xabi_extract_clang_version(void)
{
	struct xabi_ctx ctx = { 0 };
	CXString v;
	char *s;

	if (xabi_frontend_load(&ctx))
		return xabi_xstrdup(ctx.message);
	v = clang_getClangVersion();
	s = xabi_xstrdup(clang_getCString(v));
	clang_disposeString(v);
	return s;
}
