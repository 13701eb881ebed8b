/* SPDX-License-Identifier: MIT */
/*
 * Inside lib/load: the steps xabi_load_source() (load.c) takes on a
 * header tree (headers.c) and the extraction cache (cache.c).
 */
#ifndef XABI_SOURCE_LOADING_H
#define XABI_SOURCE_LOADING_H

#include "clang/extract.h"
#include "scan/scan.h"
#include "xabi/load.h"
#include "xabi/source.h"

/* A line for o->warn or o->say, formatted; nothing when that is NULL. */
void xabi_load_warn(const struct xabi_load_options *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void xabi_load_say(const struct xabi_load_options *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Prefix ctx's message with "SOURCE: " and return its code. */
int xabi_load_blame(struct xabi_ctx *ctx, const char *source);

/*
 * Scan `tree` (opened with `profile`) into *scan, warning about headers the
 * tree skipped and macros or conditions the scan could not evaluate.
 * `source` names the tree in the warnings.
 */
int xabi_load_scan(struct xabi_scan **scan, const char *source,
		   const struct xabi_tree *tree, const struct xabi_profile *profile,
		   const struct xabi_load_options *o, struct xabi_ctx *ctx);

/*
 * The corpus of the headers of `tree` (in folder `dir`, named `source`), from
 * the cache or extracted, and then the headers beside its root that the
 * profile reads with another (Xen's toolstack beside usr/include/xen).
 */
int xabi_load_headers(struct xabi_corpus **out, const char *dir, const char *source,
		      const struct xabi_tree *tree, const struct xabi_profile *profile,
		      const struct xabi_load_options *o, struct xabi_ctx *ctx);

/*
 * --cache (cache.c): where the extraction of `tree` is kept (a path under
 * o->cache named by all it depends on; NULL without a cache); reading it
 * (0, or -1 when it is not there or unreadable, having warned); writing it
 * (a failure warns: the cache is an optimisation).
 */
char *xabi_cache_path(const struct xabi_load_options *o, const struct xabi_profile *profile,
		      const struct xabi_tree *tree, const struct xabi_scan *scan,
		      const char *options);
int xabi_cache_read(const struct xabi_load_options *o, const char *path,
		    struct xabi_corpus **out);
void xabi_cache_write(const struct xabi_load_options *o, const char *path,
		      const struct xabi_corpus *c);

#endif
