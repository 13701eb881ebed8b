/* SPDX-License-Identifier: MIT */
/*
 * Internal: one parse with libclang and the facts read from it. This is the
 * only place that includes clang-c headers (through api.h, which loads
 * libclang at run time).
 */
#ifndef XABI_CLANG_FRONTEND_H
#define XABI_CLANG_FRONTEND_H

#include "api.h"

#include "../util/alloc.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/map.h"
#include "../util/strvec.h"
#include "plan.h"
#include "xabi/model.h"
#include "xabi/profile.h"
#include "scan/scan.h"
#include "xabi/source.h"

/* What is shared, read-only, by every parse of one extraction. */
struct xabi_frontend {
	const struct xabi_profile *profile;
	const struct xabi_tree *tree;
	const struct xabi_scan *scan;
	const struct xabi_corpus *corpus;
	char *overlay;     /* the VFS overlay: the only files clang may read */
	char *alias_dir;   /* the include alias's virtual folder, or NULL */
};

/*
 * Write the VFS overlay that confines libclang to the tree's headers, the
 * compiler's resource headers and -I folders (overlay.c), into a new
 * temporary directory returned in *tmpdir; sets fe->overlay and
 * fe->alias_dir. xabi_overlay_remove() undoes it (and frees *tmpdir).
 */
int xabi_overlay_make(struct xabi_frontend *fe, char **tmpdir, struct xabi_ctx *ctx);
void xabi_overlay_remove(struct xabi_frontend *fe, char *tmpdir);

enum xabi_file_state {
	XABI_FILE_UNSEEN,
	XABI_FILE_PARSED,
	XABI_FILE_REFUSED,
	XABI_FILE_FAILED,
};

/* The outcome of one job; strings live in `arena`. */
struct xabi_job_result {
	struct xabi_arena arena;
	XABI_VEC(struct xabi_fact) facts;
	unsigned char *state; /* enum xabi_file_state per scan file */
	char **message;       /* first diagnostic per scan file, or NULL */
	char *fatal;          /* set when the whole parse is unusable */
};

/*
 * The umbrella of one arch: the prelude, an #include per header, a probe
 * per macro. The same text for every parse of the arch; only the compiler
 * arguments differ.
 */
struct xabi_umbrella {
	struct xabi_buf text;
	unsigned lines;
	unsigned probe_line; /* first line of the probes */
	size_t *header_at;   /* umbrella line -> scan index of its #include */
	struct xabi_map *probed; /* names of the macros given a probe */
};

/* The umbrella's variable as wide as long (a struct of one), and the
 * prefix of its probes. */
#define LONG_PROBE "__xabi_long"
#define PROBE_PREFIX "__xabi_probe_"

/* Build the umbrella of `job`, without the headers that have a non-NULL
 * entry in `excluded` (by scan index; NULL: none). */
void xabi_umbrella_build(struct xabi_umbrella *u, const struct xabi_frontend *fe,
			 const struct xabi_job *job, const char *const *excluded);
void xabi_umbrella_release(struct xabi_umbrella *u);

/* Parse job `job` with index `idx` into `out` (which it initializes). */
void xabi_frontend_run(CXIndex idx, const struct xabi_frontend *fe,
		       const struct xabi_job *job, struct xabi_job_result *out);

/* The compiler arguments of `job`, pushed onto `args`. */
void xabi_frontend_args(const struct xabi_frontend *fe, const struct xabi_job *job,
			struct xabi_strvec *args);

/* Where the umbrella lives (an unsaved file in the tree's root); caller frees. */
char *xabi_umbrella_path(const struct xabi_frontend *fe);

/*
 * The umbrella `u` of `job` did not stay whole: the scan index of the
 * header that leaves a declaration open at its end (isolate.c), or
 * n_files when none does.
 */
size_t xabi_isolate_open_header(CXIndex idx, const struct xabi_frontend *fe,
				const struct xabi_job *job, const struct xabi_umbrella *u);
/* Give header `culprit`, and every header that includes it (directly or
 * not), a reason to be left out in `excluded` (by scan index; the caller
 * frees each). */
void xabi_isolate_exclude(const struct xabi_scan *s, size_t culprit, char **excluded);
void xabi_job_result_release(struct xabi_job_result *r);

/* Where a macro is defined; `name` is the scan's. */
struct xabi_macro_site {
	const char *name;
	size_t file;
	unsigned line;
};

/* A macro whose value is text: a string literal, or a function-like
 * macro's parameters and replacement; `type` says which. */
struct xabi_text_macro {
	struct xabi_macro_site site;
	const char *value, *type;
};

/* A parsed translation unit, as the fact visitor sees it. */
struct xabi_tu {
	const struct xabi_frontend *fe;
	CXTranslationUnit tu;
	CXFile main_file;
	struct xabi_job_result *out;
	/* The files whose facts this parse is for (the job's), or NULL for
	 * all: an incremental parse keeps only the changed headers' facts,
	 * so the others' are not read at all. */
	const bool *only;
	/* CXFile -> scan index (or n_files for files outside the tree), and
	 * for a file outside it, the innermost tree header that included it
	 * (n_files when none: the umbrella did, through the prelude). */
	size_t n_files, cap_files, last_file; /* last_file: the last one found */
	struct { CXFile file; size_t index, includer; } *files;
	struct xabi_map *macro_defs; /* name -> definition site */
	const struct xabi_map *probed; /* the umbrella's */
	unsigned long_bits;            /* from LONG_PROBE */
	/* Umbrella lines with an error: a probe there has no value, even
	 * when clang still gives its variable one ("1 1" read as 1). */
	bool *failed_line;
	unsigned n_lines;
	/* Definitions of literal macros, typed once the TU is visited. */
	XABI_VEC(struct xabi_macro_site) literals;
	/* Definitions of string and function-like macros, with their value
	 * (in the job's arena), emitted once the TU is visited. */
	XABI_VEC(struct xabi_text_macro) texts;
};

/* The scan index of a file clang read; scan->n_files when outside the tree. */
size_t xabi_tu_file(struct xabi_tu *t, CXFile file);
/* The scan index of the file `loc` expands in, and its line. */
size_t xabi_tu_locate(struct xabi_tu *t, CXSourceLocation loc, unsigned *line);
/* Whether the probe variable `c` sits on an umbrella line with an error. */
bool xabi_tu_probe_failed(const struct xabi_tu *t, CXCursor c);
/* Read every fact of the translation unit into t->out. */
void xabi_visit_facts(struct xabi_tu *t);

/* What visit.c and macros.c share: a CXString copied into the job's arena
 * (no location left in it, the original disposed); a type's canonical
 * spelling; numbers as text; a new fact of the tree file `file`, with the
 * comment above `line`; an attribute added to it. */
const char *xabi_tu_take(struct xabi_tu *t, CXString s);
const char *xabi_tu_type_name(struct xabi_tu *t, CXType type);
const char *xabi_tu_number(struct xabi_tu *t, long long v);
const char *xabi_tu_unumber(struct xabi_tu *t, unsigned long long v);
struct xabi_fact *xabi_tu_emit(struct xabi_tu *t, enum xabi_kind kind, const char *scope,
			       const char *name, size_t file, unsigned line);
void xabi_tu_attr(struct xabi_fact *f, const char *key, const char *value);
bool xabi_type_is_integer(CXType type);

/* macros.c: note a macro definition as it is visited; value a probe
 * variable; emit the macros whose definition is the last, after the
 * visit. */
void xabi_macro_note(struct xabi_tu *t, CXCursor c);
void xabi_macro_probe(struct xabi_tu *t, CXCursor c, const char *var);
void xabi_macros_emit(struct xabi_tu *t);

#endif
