/* SPDX-License-Identifier: MIT */
/*
 * Internal: planning the parses of one extraction. One job is one parse:
 * an umbrella of every header that belongs to an arch, compiled for one
 * audience at one interface version, standing for every configuration
 * whose preprocessed input is the same.
 */
#ifndef XABI_CLANG_PLAN_H
#define XABI_CLANG_PLAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "xabi/model.h"
#include "xabi/profile.h"
#include "scan/scan.h"

struct xabi_job {
	unsigned arch, audience;   /* corpus indices */
	bool define_version;       /* pass -D<version macro>=version */
	uint64_t version;
	size_t n_configs;
	size_t *configs;           /* corpus configurations it stands for */
	size_t n_headers;
	size_t *headers;           /* scan indices, in umbrella order */
	const bool *closure;       /* scan files reachable from the headers */
	/* The headers this parse is for (NULL: all): only their facts are
	 * kept, only their macros probed, each as a full extraction would
	 * (the definitions in the arch's whole closure, probe_closure,
	 * decide which need a probe). */
	const bool *only, *probe_closure;
	const struct xabi_umbrella *umbrella; /* the arch's, set before parsing */
	char *label;               /* "x86_64 guest iface=0x00040700" */
};

struct xabi_umbrella;

struct xabi_plan {
	size_t n_jobs;
	struct xabi_job *jobs;
	/* Per corpus arch: headers in umbrella order, their closure, and
	 * the closure of all its headers. */
	size_t *n_arch_headers;
	size_t **arch_headers;
	bool **arch_closure, **arch_full_closure;
	const bool *only; /* the headers planned (NULL: all) */
};

/* Where versions split an arch's parses, when not at every threshold of
 * the files parsed: at the thresholds of `files`, and at `versions`. */
struct xabi_plan_split {
	bool *files;       /* per scan file */
	uint64_t *versions;
	size_t n_versions;
};

/* Plan the parses for the configurations of `c` in `configs`, of the
 * headers in `only` (by configuration and scan index; NULL: all). An arch
 * with no header in `only` gets no job. Versions share a parse between
 * two thresholds of the files parsed, or between two cuts of `split`
 * when given. */
void xabi_plan_make(struct xabi_plan *plan, const struct xabi_corpus *c,
		    const struct xabi_profile *profile, const struct xabi_scan *scan,
		    const bool *only, const bool *configs, const struct xabi_plan_split *split);
/* Add to `closure` every file one in it includes, directly or not. */
void xabi_plan_close_over(const struct xabi_scan *scan, bool *closure);

/* The scan index of the tree file prelude entry i names ("xen.h" in
 * quotes), or scan->n_files (a system header, <stdint.h>, or none). */
size_t xabi_plan_prelude_file(const struct xabi_profile *profile,
			      const struct xabi_scan *scan, size_t i);

/* Add to `closure` the tree files the prelude names. */
void xabi_plan_add_prelude(const struct xabi_profile *profile,
			   const struct xabi_scan *scan, bool *closure);
/* Release a plan, made or zeroed. */
void xabi_plan_release(struct xabi_plan *plan, size_t n_arches);

/* Whether scan file i is parsed at all on arch `arch` (not skipped, and
 * belonging to it). */
bool xabi_plan_header_applies(const struct xabi_profile *profile,
			      const struct xabi_scan *scan, size_t i,
			      const char *arch);

#endif
