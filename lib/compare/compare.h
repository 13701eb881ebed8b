/* SPDX-License-Identifier: MIT */
/*
 * Internal to compare/: pairs of configurations to compare, the report
 * space, and the sink that turns findings into merged changes.
 *
 * Every view is a list of pairs (a configuration of side A, one of side
 * B). A fact holds on a set of pairs; comparing per fact over pair sets
 * (bitsets) instead of per configuration keeps the work proportional to
 * the facts.
 */
#ifndef XABI_COMPARE_H
#define XABI_COMPARE_H

#include "../util/map.h"
#include "xabi/diff.h"

struct xabi_pair {
	size_t a, b;                /* configurations of side A and side B */
	unsigned view;              /* enum xabi_view */
	struct xabi_bitset *report; /* report-space configurations it stands for */
};

struct xabi_pairs {
	struct xabi_pair *items;
	size_t n, cap;
};

void xabi_pairs_release(struct xabi_pairs *p);

/* Add to what the report says was not compared; takes `text`. */
void xabi_diff_remark(struct xabi_diff *d, char *text);

/* The report space of a diff: arches and audiences both sides have, every
 * partition either side has. Remarks say what is left out. */
void xabi_diff_space_build(struct xabi_space *out, const struct xabi_corpus *old,
			   const struct xabi_corpus *new, struct xabi_diff *remarks);

/* Pairs of the pinned and latest views (old against new). */
void xabi_pairs_release_views(struct xabi_pairs *out, const struct xabi_space *space,
			      const struct xabi_corpus *old, const struct xabi_corpus *new);
/* Pairs within one release: partition against the next where `older`
 * did not already have that bound (bump), or each configuration against
 * the latest (runtime). `space` and `older` may be NULL. */
void xabi_pairs_within(struct xabi_pairs *out, const struct xabi_space *space,
		       const struct xabi_corpus *c, const struct xabi_corpus *older,
		       unsigned view);

/* What a comparison reports its findings to. */
struct xabi_sink {
	struct xabi_diff *diff;
	const struct xabi_pairs *pairs;
	unsigned view;
	struct xabi_map *index;   /* signature -> change index + 1 */
	struct xabi_map *ignore;  /* signatures the old release already had */
	struct xabi_map *collect; /* when set: record signatures here instead */
	size_t *cap_changes;      /* capacity of diff->changes */
};

/*
 * Report one change holding on `pairs` (a set over sink->pairs). `old` and
 * `new` are the two sides (either may be NULL); the message is a printf
 * format. Its severity is the catalog's for the sink's view. Equal changes
 * merge, uniting where they apply.
 */
/* What makes a change harmless although its kind says otherwise. */
enum xabi_why {
	XABI_WHY_NONE,
	XABI_WHY_GROWS_WITH_ADDITION, /* a bound or mask grew with added items */
	XABI_WHY_COUNT
};

/* The catalog's severity of `id` in `view`, capped by the explanation. */
enum xabi_severity xabi_change_severity_why(enum xabi_change_id id, unsigned view,
					    enum xabi_why why);

void xabi_sink_add(struct xabi_sink *s, enum xabi_change_id kind,
		   const struct xabi_fact *old, const struct xabi_fact *new,
		   const struct xabi_bitset *pairs, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
/* The same, for a change that `why` explains: its severity is capped. */
void xabi_sink_add_why(struct xabi_sink *s, enum xabi_change_id kind, enum xabi_why why,
		       const struct xabi_fact *old, const struct xabi_fact *new,
		       const struct xabi_bitset *pairs, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

/* The generic comparison by entity name (pinned, latest, bump views). */
void xabi_compare_by_name(struct xabi_sink *s, const struct xabi_corpus *a,
			  const struct xabi_corpus *b);
/* Libraries and their exported symbols (release views). */
/* The package that brought `file` to old when new was read from packages
 * too and has none of that name (the package is gone); else NULL. */
const struct xabi_package *xabi_package_gone(const struct xabi_corpus *old,
					     const struct xabi_corpus *new, const char *file);
void xabi_compare_elf(struct xabi_sink *s, const struct xabi_corpus *a,
		      const struct xabi_corpus *b);
/* The run-time rule: each value against what it is at the latest version. */
void xabi_compare_runtime(struct xabi_sink *s, const struct xabi_corpus *c);

/* Report order (qsort): severity, errors first, then file, line, kind
 * (catalog order), name. */
int xabi_change_cmp(const void *a, const void *b);

/* Helpers shared by the comparisons. */
/* A fact's attribute, "" when it or the fact is absent: compared alike. */
const char *xabi_attr(const struct xabi_fact *f, const char *key);

/* What a value means (meaning.c). Whether two descriptions say the same:
 * alike but for whitespace, case, punctuation and typo fixes (one edit a
 * word, two in words of 8 letters or more; words of 3 letters or fewer
 * must match). */
bool xabi_comment_same(const char *a, const char *b);
/* Whether a name or its description marks the value unused, reserved,
 * a placeholder, deprecated, obsolete or retired. */
bool xabi_marks_unused(const struct xabi_fact *f);
/* Whether two macro values of different types hold the same bits, one
 * the other's two's complement at 32 or 64 bits ((1 << 31) and
 * (1U << 31)): then only the type changed. */
bool xabi_value_same_bits(const struct xabi_fact *a, const struct xabi_fact *b);
/* The family of a macro: its name's prefix up to the first component with
 * a lower-case letter (HVMOP_, XEN_DOMCTL_), or its first two components
 * when all are upper case; written into buf. */
const char *xabi_macro_family(const char *name, char *buf, size_t size);

#endif
