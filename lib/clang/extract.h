/* SPDX-License-Identifier: MIT */
/*
 * Extraction: parse a header tree under every selected configuration with
 * libclang and collect its facts into a corpus. Internal to libxabi:
 * xabi_load_source() (lib/load) drives it.
 *
 * Each (arch, audience) is parsed once per distinct preprocessed input: the
 * partitions between which none of the parsed headers' conditions change
 * share one parse. Parses run on a thread pool; the corpus is the same
 * whatever the number of threads.
 */
#ifndef XABI_EXTRACT_H
#define XABI_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "scan/scan.h"
#include "xabi/error.h"
#include "xabi/model.h"
#include "xabi/profile.h"
#include "xabi/progress.h"
#include "xabi/source.h"

struct xabi_extract_options {
	unsigned jobs;               /* threads; 0: one per processor */
	struct xabi_limits limits;   /* refuse more configurations or facts */
	xabi_progress_fn progress;   /* may be NULL */
	void *progress_payload;
	/* The same profile's corpus of another tree (a patch's parent),
	 * extracted with the same options: the headers whose bytes and
	 * includes did not change keep its facts, only the others are
	 * parsed (lib/clang/reuse.c). May be NULL. */
	const struct xabi_corpus *reference;
	struct xabi_extract_stats *stats; /* if set, filled in */
};

/* What an extraction parsed. */
struct xabi_extract_stats {
	size_t parses;      /* parses made */
	size_t full_parses; /* parses a full extraction makes */
	size_t changed;     /* with a reference: headers parsed again (else 0) */
	bool incremental;   /* the reference was used */
	/* It was not after all: a changed header read other files than in
	 * the reference (it includes a new one, or no longer includes one),
	 * so everything was parsed again. */
	bool read_otherwise;
};

/*
 * Does `sel` name only arches and audiences the profile has? Returns 0, or
 * XABI_EINVALID with a message that lists what the profile has.
 */
int xabi_extract_check_selection(const struct xabi_profile *p,
				 const struct xabi_selection *sel, struct xabi_ctx *ctx);

/*
 * Extract the corpus of `tree` (already scanned into `scan`).
 * Errors: XABI_EINVALID (an unknown arch, audience or version in `sel`; a
 * compiler failure outside the tree, such as an unsupported target),
 * XABI_ELIMIT (more configurations or facts than allowed: a hostile tree
 * cannot exhaust memory), XABI_EGENERIC (libclang failed). A header that
 * does not parse is not an error: the corpus notes it (struct
 * xabi_header_note) and goes on.
 */
int xabi_extract(struct xabi_corpus **out, const struct xabi_profile *profile,
		 const struct xabi_tree *tree, const struct xabi_scan *scan,
		 const struct xabi_selection *sel,
		 const struct xabi_extract_options *opts, struct xabi_ctx *ctx);

/*
 * Start loading libclang in the background, for a run that will parse: it
 * overlaps with reading and scanning the trees. Optional: xabi_extract()
 * loads it anyway, waiting for a load under way.
 */
void xabi_frontend_preload(void);

/* The version of libclang in use, e.g. "Debian clang version 14.0.6", or
 * why it cannot be loaded. Caller frees. */
char *xabi_extract_clang_version(void);

#endif
