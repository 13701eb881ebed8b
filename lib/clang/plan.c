/* SPDX-License-Identifier: MIT */
/*
 * Planning parses. The umbrella of an arch holds every header that belongs
 * to it, includers before the headers they include (a header that is not
 * self-contained, such as arch-x86/hvm/save.h, is then first reached
 * through its includer and later lines are no-ops behind include guards).
 *
 * Partitions that differ only in thresholds that none of the umbrella's
 * files compare against give the same preprocessed input: they share a job.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "plan.h"

bool xabi_plan_header_applies(const struct xabi_profile *profile,
			      const struct xabi_scan *scan, size_t i,
			      const char *arch)
{
	const char *path = scan->files[i].path;

	return !xabi_profile_skip_reason(profile, path) &&
	       xabi_profile_header_on_arch(profile, path, arch);
}

/* How many files each file reaches through its includes, itself counted. */
static size_t *closure_sizes(const struct xabi_scan *scan)
{
	size_t n = scan->n_files;
	size_t *size = xabi_xcalloc(n + 1, sizeof(*size));
	size_t *seen = xabi_xcalloc(n + 1, sizeof(*seen)); /* by root + 1 */
	size_t *stack = xabi_xmalloc((n + 1) * sizeof(*stack));

	for (size_t root = 0; root < n; root++) {
		size_t top = 0;

		seen[root] = root + 1;
		stack[top++] = root;
		while (top) {
			const struct xabi_scan_file *f = &scan->files[stack[--top]];

			size[root]++;
			for (size_t d = 0; d < f->n_deps; d++)
				if (seen[f->deps[d]] != root + 1) {
					seen[f->deps[d]] = root + 1;
					stack[top++] = f->deps[d];
				}
		}
	}
	free(seen);
	free(stack);
	return size;
}

/*
 * Headers of the arch, includers first (Kahn's order). Among the headers
 * ready, the one that reaches the most files goes first, then by path.
 * When two headers of a tree define the same name two ways (Linux's
 * asm-generic/int-l64.h and int-ll64.h give __u64 as unsigned long or
 * unsigned long long), the one the tree's headers reach is what their
 * consumers get; a leaf nobody includes must not win it by sorting first.
 */
static size_t umbrella_order(const struct xabi_scan *scan, const bool *in,
			     size_t *order)
{
	size_t n = scan->n_files, done = 0;
	size_t *indegree = xabi_xcalloc(n, sizeof(*indegree));
	bool *placed = xabi_xcalloc(n, sizeof(*placed));
	size_t *reach = closure_sizes(scan);

	for (size_t i = 0; i < n; i++)
		for (size_t d = 0; in[i] && d < scan->files[i].n_deps; d++)
			if (in[scan->files[i].deps[d]] && scan->files[i].deps[d] != i)
				indegree[scan->files[i].deps[d]]++;
	for (;;) {
		size_t pick = n;

		for (size_t i = 0; i < n; i++)
			if (in[i] && !placed[i] && !indegree[i] &&
			    (pick == n || reach[i] > reach[pick]))
				pick = i;
		/* An include cycle: take the first header left. */
		for (size_t i = 0; i < n && pick == n; i++)
			if (in[i] && !placed[i])
				pick = i;
		if (pick == n)
			break;
		placed[pick] = true;
		order[done++] = pick;
		for (size_t d = 0; d < scan->files[pick].n_deps; d++) {
			size_t dep = scan->files[pick].deps[d];

			if (in[dep] && dep != pick && indegree[dep])
				indegree[dep]--;
		}
	}
	free(indegree);
	free(placed);
	free(reach);
	return done;
}

void xabi_plan_close_over(const struct xabi_scan *scan, bool *closure)
{
	bool changed = true;

	while (changed) {
		changed = false;
		for (size_t i = 0; i < scan->n_files; i++)
			for (size_t d = 0; closure[i] && d < scan->files[i].n_deps; d++)
				if (!closure[scan->files[i].deps[d]])
					changed = closure[scan->files[i].deps[d]] = true;
	}
}

size_t xabi_plan_prelude_file(const struct xabi_profile *profile,
			      const struct xabi_scan *scan, size_t i)
{
	const char *p = profile->prelude[i];
	size_t len = strlen(p), idx;
	char *rel;

	if (len <= 2 || p[0] != '"' || p[len - 1] != '"')
		return scan->n_files;
	rel = xabi_xstrndup(p + 1, len - 2);
	idx = xabi_scan_index(scan, rel);
	free(rel);
	return idx;
}

void xabi_plan_add_prelude(const struct xabi_profile *profile,
			   const struct xabi_scan *scan, bool *closure)
{
	for (size_t i = 0; i < profile->n_prelude; i++) {
		size_t idx = xabi_plan_prelude_file(profile, scan, i);

		if (idx < scan->n_files)
			closure[idx] = true;
	}
}

/* Whether versions lo and hi parse apart: some file of the closure (of
 * `split`'s files, when given) compares against a threshold in (lo, hi],
 * or a version of `split` is there. */
static bool threshold_between(const struct xabi_scan *scan, const bool *closure,
			      const struct xabi_plan_split *split, uint64_t lo, uint64_t hi)
{
	for (size_t v = 0; split && v < split->n_versions; v++)
		if (split->versions[v] > lo && split->versions[v] <= hi)
			return true;
	for (size_t i = 0; i < scan->n_files; i++)
		for (size_t t = 0; closure[i] && (!split || split->files[i]) &&
				   t < scan->files[i].n_thresholds; t++) {
			uint64_t v = scan->files[i].thresholds[t].value;

			if (v > lo && v <= hi)
				return true;
		}
	return false;
}

static void add_job(struct xabi_plan *plan, const struct xabi_corpus *c,
		    unsigned arch, unsigned audience, const size_t *configs,
		    size_t n)
{
	struct xabi_job *j;
	const struct xabi_config *last = &c->space.configs[configs[n - 1]];

	plan->jobs = xabi_xrealloc(plan->jobs, (plan->n_jobs + 1) * sizeof(*j));
	j = &plan->jobs[plan->n_jobs++];
	memset(j, 0, sizeof(*j));
	j->arch = arch;
	j->audience = audience;
	j->define_version = c->space.version_macro && !c->space.audiences[audience].pinned;
	/* Any member would do; the last is the latest when it is there. */
	j->version = xabi_space_partition_rep(&c->space, last->partition);
	j->configs = xabi_xmalloc(n * sizeof(*j->configs));
	memcpy(j->configs, configs, n * sizeof(*configs));
	j->n_configs = n;
	j->n_headers = plan->n_arch_headers[arch];
	j->headers = plan->arch_headers[arch];
	j->closure = plan->arch_closure[arch];
	j->probe_closure = plan->arch_full_closure[arch];
	j->only = plan->only;
	j->label = xabi_space_config_name(&c->space, configs[n - 1]);
}

void xabi_plan_make(struct xabi_plan *plan, const struct xabi_corpus *c,
		    const struct xabi_profile *profile, const struct xabi_scan *scan,
		    const bool *only, const bool *configs, const struct xabi_plan_split *split)
{
	size_t *group = xabi_xmalloc((c->space.n_configs + 1) * sizeof(*group));

	memset(plan, 0, sizeof(*plan));
	plan->n_arch_headers = xabi_xcalloc(c->space.n_arches, sizeof(size_t));
	plan->arch_headers = xabi_xcalloc(c->space.n_arches, sizeof(size_t *));
	plan->arch_closure = xabi_xcalloc(c->space.n_arches, sizeof(bool *));
	plan->arch_full_closure = xabi_xcalloc(c->space.n_arches, sizeof(bool *));
	plan->only = only;
	for (unsigned a = 0; a < c->space.n_arches; a++) {
		bool *in = xabi_xcalloc(scan->n_files + 1, sizeof(bool));
		bool *all = xabi_xcalloc(scan->n_files + 1, sizeof(bool));

		for (size_t i = 0; i < scan->n_files; i++) {
			all[i] = xabi_plan_header_applies(profile, scan, i, c->space.arches[a].name);
			in[i] = all[i] && (!only || only[i]);
		}
		plan->arch_headers[a] = xabi_xmalloc((scan->n_files + 1) * sizeof(size_t));
		plan->n_arch_headers[a] = umbrella_order(scan, in, plan->arch_headers[a]);
		xabi_plan_add_prelude(profile, scan, in);
		xabi_plan_close_over(scan, in);
		xabi_plan_add_prelude(profile, scan, all);
		xabi_plan_close_over(scan, all);
		plan->arch_closure[a] = in;
		plan->arch_full_closure[a] = all;
	}
	/* Configurations are arch-major, then audience, then partition: walk
	 * each (arch, audience) run and cut it where the input changes. */
	for (size_t i = 0; i < c->space.n_configs;) {
		const struct xabi_config *k = &c->space.configs[i];
		size_t n = 0;

		if ((configs && !configs[i]) || (only && !plan->n_arch_headers[k->arch])) {
			i++; /* nothing to parse there */
			continue;
		}
		group[n++] = i++;
		while (i < c->space.n_configs && c->space.configs[i].arch == k->arch &&
		       c->space.configs[i].audience == k->audience) {
			const struct xabi_config *prev = &c->space.configs[group[n - 1]];

			if (configs && !configs[i]) {
				i++;
				continue;
			}
			if (threshold_between(scan, plan->arch_closure[k->arch], split,
					      c->space.partitions[prev->partition].lo,
					      c->space.partitions[c->space.configs[i].partition].lo)) {
				add_job(plan, c, k->arch, k->audience, group, n);
				n = 0;
			}
			group[n++] = i++;
		}
		add_job(plan, c, k->arch, k->audience, group, n);
	}
	free(group);
}

void xabi_plan_release(struct xabi_plan *plan, size_t n_arches)
{
	for (size_t i = 0; i < plan->n_jobs; i++) {
		free(plan->jobs[i].configs);
		free(plan->jobs[i].label);
	}
	free(plan->jobs);
	for (size_t a = 0; plan->arch_headers && a < n_arches; a++) { /* made? */
		free(plan->arch_headers[a]);
		free(plan->arch_closure[a]);
		free(plan->arch_full_closure[a]);
	}
	free(plan->arch_headers);
	free(plan->arch_closure);
	free(plan->arch_full_closure);
	free(plan->n_arch_headers);
	memset(plan, 0, sizeof(*plan));
}
