/* SPDX-License-Identifier: MIT */
/* Internal: incremental extraction against a reference corpus (reuse.c). */
#ifndef XABI_CLANG_REUSE_H
#define XABI_CLANG_REUSE_H

#include <stdbool.h>
#include <stdint.h>

#include "plan.h"

enum xabi_reuse_way {
	XABI_REUSE_COPY,           /* take the reference's facts */
	XABI_REUSE_PARSE_CHANGED,  /* parse the changed headers, copy the others */
	XABI_REUSE_PARSE_ALL,      /* parse it all: the prelude changed */
};

struct xabi_reuse {
	const struct xabi_corpus *ref;
	size_t n_changed;        /* headers whose bytes changed, or new */
	size_t *ref_config;      /* per job of the full plan: the reference's configuration */
	enum xabi_reuse_way *way; /* per job of the full plan */
	bool *changed;           /* per scan file: parsed again where PARSE_CHANGED */
	bool *parse_all, *parse_changed; /* per configuration of the corpus */
	size_t *ref_of_config;   /* per configuration: the reference's */
	bool *around;            /* per scan file: included from a changed one */
	/* How the changed headers' parses split by version, or NULL for as
	 * a full extraction's (xabi_plan_make()). */
	struct xabi_plan_split *split;
};

/*
 * Can `c` (being extracted from `scan` with `full`, the plan of a full
 * extraction) take the facts of its unchanged headers from `ref`? It can
 * when ref was made alike (profile, versions of xabi and libclang, arches,
 * audiences, latest version) and holds a configuration at every version
 * a job of `full` parses. On true, `r` says how each job of `full` is
 * made (xabi_reuse_release() it); on false it is empty.
 */
bool xabi_reuse_prepare(struct xabi_reuse *r, const struct xabi_corpus *ref,
			const struct xabi_corpus *c, const struct xabi_profile *profile,
			const struct xabi_tree *tree, const struct xabi_scan *scan,
			const struct xabi_plan *full);
/* Add to `c` what the jobs of `full` copy from the reference: facts,
 * where headers were parsed, their notes. Errors: xabi_corpus_add_fact()'s. */
int xabi_reuse_copy(const struct xabi_reuse *r, struct xabi_corpus *c,
		    const struct xabi_scan *scan, const struct xabi_plan *full,
		    struct xabi_ctx *ctx);
/*
 * After a parse of the changed headers for `config` (file states `state`):
 * did it read the other files as the reference's configuration did? Not
 * when a changed header now includes a file the reference did not read
 * there, or no longer includes one it did: their copied facts would be
 * wrong, and the extraction must be made in full.
 */
bool xabi_reuse_read_alike(const struct xabi_reuse *r, const struct xabi_scan *scan,
			   size_t config, const unsigned char *state);
void xabi_reuse_release(struct xabi_reuse *r);

/*
 * The versions at which what the files in `parsed` read of the files in
 * `prelude` changes, within each arch and audience of `ref`: where a name
 * they use, themselves or through a macro's body, starts or stops being
 * given as it was (alike.c). Between two of them, and two thresholds of
 * their own, they read the prelude alike. In *cuts (sorted, caller
 * frees); false when that cannot be told.
 */
bool xabi_reuse_prelude_cuts(const struct xabi_corpus *ref, const struct xabi_tree *tree,
			     const struct xabi_scan *scan, const bool *prelude,
			     const bool *parsed, uint64_t **cuts, size_t *n_cuts);

#endif
