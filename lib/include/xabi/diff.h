/* SPDX-License-Identifier: MIT */
/*
 * Comparing two corpora: the change catalog, the views, and the changes
 * found, each once with the set of configurations where it applies.
 *
 * Views (docs/design.md, "Views"):
 *  - pinned: old and new release at the same configuration (a consumer
 *    pinned to an interface version); for pinned audiences (tools) this is
 *    old latest against new latest;
 *  - latest: each release at its own latest version (guests);
 *  - bump: within the new release, one partition against the next (what a
 *    consumer sees when it raises its version);
 *  - runtime: within the new release, each configuration against the latest
 *    one of the same arch (Xen runs at the latest version, so that is what
 *    a value means at run time).
 * Bump and runtime findings that the old release already had are not
 * reported again: a diff shows what the new release changes.
 *
 * Ownership: a diff borrows both corpora (they must outlive it) and owns its
 * changes and report space; free it with xabi_diff_free().
 */
#ifndef XABI_DIFF_H
#define XABI_DIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "xabi/error.h"
#include "xabi/model.h"

enum xabi_severity {
	XABI_SEV_INFO,
	XABI_SEV_WARNING,
	XABI_SEV_ERROR,
	XABI_SEV_COUNT
};

enum xabi_compat {
	XABI_COMPAT_BINARY,     /* compiled consumers break */
	XABI_COMPAT_SOURCE,     /* consumers stop compiling */
	XABI_COMPAT_SEMANTIC,   /* consumers compile, then behave differently */
	XABI_COMPAT_COMPATIBLE, /* nothing breaks */
};

/* The change catalog: one row per kind (xabi/catalog.def). */
enum xabi_change_id {
#define XABI_KIND(name, id, severity, compat, summary) XABI_CH_##name,
#include "xabi/catalog.def"
#undef XABI_KIND
	XABI_CH_COUNT
};

struct xabi_change_kind {
	const char *id;              /* "enumerator.retired": the XML kind */
	enum xabi_severity severity; /* default */
	enum xabi_compat compat;
	const char *summary;         /* one line, for --help and docs */
};

/* The catalog row of `id`. */
const struct xabi_change_kind *xabi_change_kind(enum xabi_change_id id);
/* The severity of a change of kind `id` found in `view` (one enum
 * xabi_view bit, 0 for none): the catalog's default, or the view's own
 * (xabi_change_view_note() says which). The reach rule and the profile's
 * policies may lower it later; nothing else decides a severity. */
enum xabi_severity xabi_change_severity(enum xabi_change_id id, unsigned view);
/* "bump: info" when a view has its own severity for `id`, else "". */
const char *xabi_change_view_note(enum xabi_change_id id);
/* Find a row by its string id; XABI_ENOTFOUND if none. */
int xabi_change_kind_parse(const char *name, enum xabi_change_id *out);
const char *xabi_severity_name(enum xabi_severity s);
const char *xabi_compat_name(enum xabi_compat c);

enum xabi_view {
	XABI_VIEW_PINNED = 1 << 0,
	XABI_VIEW_LATEST = 1 << 1,
	XABI_VIEW_BUMP = 1 << 2,
	XABI_VIEW_RUNTIME = 1 << 3,
};

/* "pinned latest": the names of the views in a mask. Caller frees. */
char *xabi_view_names(unsigned views);

struct xabi_change {
	enum xabi_change_id kind;
	enum xabi_severity severity;
	unsigned views;               /* enum xabi_view bits */
	enum xabi_kind entity;        /* what changed */
	const char *scope, *name;     /* its enclosing entity and name */
	const struct xabi_fact *old;  /* the old side, or NULL */
	const struct xabi_fact *new;  /* the new side, or NULL */
	const char *file;             /* where to comment: new side, else old */
	unsigned line;
	struct xabi_bitset *where;    /* over the diff's report space */
	char *message;
	char *suppressed_by; /* the rule that suppressed it ("file:line: reason") */
	/* What a policy noted about it ("policy.ungated-change") and its
	 * advice, shown after the message; both NULL when none. */
	const char *annotation;
	char *note;
	/* The changes it explains (the typedef of a removed record, a record
	 * embedding a resized one, the same change on another arch), listed
	 * under it and not counted on their own; see xabi_diff_explain(). */
	size_t n_consequences;
	struct xabi_change *consequences;
	/* While findings are formed: 1 + the index of the change that
	 * explains this one, 0 when none does. */
	size_t cause;
};

struct xabi_diff {
	const struct xabi_corpus *old, *new;
	/* The report space, which every change's `where` is over: the
	 * arches and audiences both sides have, every partition of either
	 * side. */
	struct xabi_space space;
	/* Sorted: severity (errors first), file, line, kind (catalog order), name. */
	size_t n_changes;
	struct xabi_change *changes;
	size_t counts[XABI_SEV_COUNT];
	/* Things not compared (an arch only one side has), for the report. */
	size_t n_remarks;
	char **remarks;
	/* Changes the rules suppressed, in the same order; not counted. */
	size_t n_suppressed;
	struct xabi_change *suppressed;
	/* Stand-in facts for changes that concern a whole header or a rule. */
	size_t n_owned;
	struct xabi_fact **owned;
};

/*
 * Compare `old` with `new`, reporting what happens in the configurations
 * `select` names (NULL: everywhere). Errors: XABI_EINVALID when the two
 * have no arch or audience in common, or `select` names one they lack.
 */
int xabi_diff_compute(struct xabi_diff **out, const struct xabi_corpus *old,
		      const struct xabi_corpus *new,
		      const struct xabi_selection *select, struct xabi_ctx *ctx);
void xabi_diff_free(struct xabi_diff *d);

/*
 * Does an application (or library) `app` built against older libraries
 * resolve against the libraries of `libs`? Every undefined symbol it needs
 * from one of them (by the version's library, or unversioned) that none
 * defines is compat.symbol-unresolved; unversioned symbols no given library
 * defines are looked up in `fallback` (the other libraries it needs, from
 * the system), which may be NULL. Both are library corpora.
 */
int xabi_compat_compute(struct xabi_diff **out, const struct xabi_corpus *app,
			const struct xabi_corpus *libs, const struct xabi_corpus *fallback,
			struct xabi_ctx *ctx);

/*
 * Judge a patch's diff (parent -> patch) against the release it builds on
 * (`release`: release -> patch, both with policies applied): no finding is
 * worse than what the release's diff says of the same entity, and one the
 * release's diff does not show brings back the released ABI (info).
 * `release_name` names the release in messages.
 */
void xabi_diff_judge_since(struct xabi_diff *patch, const struct xabi_diff *release,
			   const char *release_name);

/* The exit status bits of a diff: 4 if anything changed, 8 if an error. */
int xabi_diff_exit_bits(const struct xabi_diff *d);

/*
 * Add a change to a finished diff (the policies do), taking ownership of
 * `message` and of `where` (over d->space). Call xabi_diff_finish() after
 * adding or editing changes.
 */
void xabi_diff_add(struct xabi_diff *d, enum xabi_change_id kind,
		   enum xabi_severity severity, unsigned views,
		   const struct xabi_fact *old, const struct xabi_fact *new,
		   struct xabi_bitset *where, char *message);
/* A fact the diff owns, standing for something that is not a fact (a
 * header, a rule) in changes about it. */
const struct xabi_fact *xabi_diff_stand_in(struct xabi_diff *d, enum xabi_kind kind,
					   const char *name, const char *file,
					   unsigned line, const char *comment);
/* Say that changes[cause] explains changes[consequence] (both indexes
 * into d->changes), unless something already explains it or it is more
 * severe. Nothing moves until xabi_diff_group(). */
void xabi_diff_explain(struct xabi_diff *d, size_t consequence, size_t cause);
/* Form findings: the generic explanations (the same entity seen twice, a
 * field or typedef of a changed record, a record embedding or pointing at
 * a changed one), then move every explained change under its root. Once
 * per diff. */
void xabi_diff_group(struct xabi_diff *d);
/* Move changes[i] to the suppressed list, noting why. */
void xabi_diff_suppress(struct xabi_diff *d, size_t i, const char *why);
/* Sort the changes and recount severities. */
void xabi_diff_finish(struct xabi_diff *d);

#endif
