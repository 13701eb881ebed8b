/* SPDX-License-Identifier: MIT */
/*
 * Loading a SOURCE into a corpus (lib/load/load.c), the one place that
 * decides what a SOURCE is: a header tree (with the libraries under its
 * lib*\/ folders), git:REV, a .deb or a folder of them, a shared library or
 * archive, or an ABI dump. A command, a review bot or a fuzzer gives the
 * options and one call; the library opens, scans, extracts (or reads the
 * cache), adds libraries and packages.
 *
 * Ownership: the corpus is the caller's (xabi_corpus_free()); the options
 * are borrowed for the call.
 */
#ifndef XABI_LOAD_H
#define XABI_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "xabi/error.h"
#include "xabi/model.h"
#include "xabi/profile.h"
#include "xabi/progress.h"

/* Called with one line of text (no newline): a warning, or what a long
 * run is doing. `payload` is xabi_load_options.payload. */
typedef void (*xabi_say_fn)(const char *line, void *payload);

struct xabi_load_options {
	/* How consumers compile the headers: the profile (a built-in name or
	 * a file; NULL: xen), and what the command line adds to it. */
	const char *profile;
	const char *const *includes; /* -I folders */
	size_t n_includes;
	const char *const *defines;  /* -D NAME[=VALUE] */
	size_t n_defines;
	const char *version_macro;   /* NULL: the profile's */
	const char *sysroot;         /* NULL: the profile's (/) */
	/* Which configurations are extracted, and the limits a hostile tree
	 * meets. A dump must hold what `selection` names. */
	struct xabi_selection selection;
	struct xabi_limits limits;
	unsigned jobs; /* parsing threads; 0: one per processor */
	/* Another source of the same profile loaded before (a patch's
	 * parent), whose parses with unchanged input are taken instead of
	 * made when it was loaded with the same options; its name for the
	 * progress lines. NULL: parse everything. */
	const struct xabi_corpus *reference;
	const char *reference_source;
	const char *cache; /* --cache DIR: extractions kept by key; NULL: none */
	/* Where messages go; each may be NULL (nothing said). */
	xabi_say_fn warn;    /* what the user should know (a header that failed) */
	xabi_say_fn say;     /* progress lines: "SOURCE: read from the cache, ..." */
	void *payload;
	xabi_progress_fn progress; /* after each parse */
	void *progress_payload;
};

/*
 * The options that choose what is extracted (the selection, -I, -D, the
 * version macro, the sysroot), written as on a command line in one order
 * whatever order they were given in ("" for none): what a dump records,
 * so that it is reused only for the same question. Caller frees.
 */
char *xabi_load_options_text(const struct xabi_load_options *o);

/*
 * The profile a load uses: o->profile, or the built-in `builtin` when it
 * is not NULL (the profile a dump names), with o's -I, -D, version macro
 * and sysroot. Errors: those of xabi_profile_load().
 */
int xabi_load_profile(struct xabi_profile **out, const struct xabi_load_options *o,
		      const char *builtin, struct xabi_ctx *ctx);

/*
 * Load SOURCE into *out. Headers that did not parse are not errors: each is
 * warned about (and noted in the corpus). Errors: XABI_EUSAGE (o's
 * selection names an arch, audience or version the profile or dump does not
 * have), XABI_ENOTFOUND, XABI_EINVALID (no such file, a header given as a
 * source, a damaged dump or package), those of extraction; the message
 * names SOURCE.
 */
int xabi_load_source(struct xabi_corpus **out, const char *source,
		     const struct xabi_load_options *o, struct xabi_ctx *ctx);

/*
 * Add the shared libraries or archives `files` (relative to `dir`, or as
 * given when dir is NULL: then known by their file names) to *c, making a
 * library corpus (the arch of the first, the profile's default audiences)
 * when *c is NULL. Errors: those of xabi_elf_read().
 */
int xabi_load_libraries(struct xabi_corpus **c, const char *dir,
			       char *const *files, size_t n,
			       const struct xabi_load_options *o, struct xabi_ctx *ctx);

/* The interface-version partitions of a SOURCE (`xabi versions`). */
struct xabi_versions {
	char *macro;       /* the interface-version macro */
	char *latest_macro; /* NULL when no latest is known */
	uint64_t latest;
	char *latest_file; /* the header that defines it; NULL from a dump */
	bool from_dump;    /* a dump records partitions, not the headers behind them */
	size_t n;
	struct xabi_versions_row {
		uint64_t from;     /* the partition's lower bound */
		size_t n_headers;  /* the headers whose conditions change there */
		char **headers;
	} *rows;
};

/*
 * Scan SOURCE's conditions (or read a dump) for its partitions. Errors:
 * those of xabi_load_source(); XABI_EINVALID when the profile or dump has
 * no interface-version macro.
 */
int xabi_load_versions(struct xabi_versions **out, const char *source,
			 const struct xabi_load_options *o, struct xabi_ctx *ctx);
void xabi_versions_free(struct xabi_versions *v);

/*
 * Start loading libclang in the background when one of `sources` will be
 * parsed (a tree, git:REV, a package; not a dump or a library): it overlaps
 * with reading and scanning the trees. Optional.
 */
void xabi_load_preload(char *const *sources, size_t n);

/* The version of libclang a load parses with, e.g. "Debian clang version
 * 14.0.6", or why it cannot be loaded. Caller frees. */
char *xabi_load_clang_version(void);

#endif
