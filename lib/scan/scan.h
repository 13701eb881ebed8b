/* SPDX-License-Identifier: MIT */
/*
 * The lexical scan of a header tree, done once before any parsing: which
 * interface versions its #if/#elif conditions compare against, which
 * object-like macros each header defines, what it includes, where its
 * #error directives and comments are.
 *
 * Interface-version partitions are found, not configured: every constant
 * the version macro is compared with starts a new partition, and one
 * representative per partition is enough to see every variant.
 *
 * Internal to libxabi: xabi_load_source() (lib/load) scans, clang/
 * reads the scan.
 *
 * Ownership: a scan owns all its strings; free it with xabi_scan_free().
 */
#ifndef XABI_SCAN_H
#define XABI_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "xabi/error.h"
#include "xabi/profile.h"
#include "xabi/source.h"

/* A version at which some condition changes its value, and where. */
struct xabi_scan_threshold {
	uint64_t value;
	unsigned line;
};

/*
 * An integer literal, perhaps negated and parenthesized: "4", "(1UL)",
 * "-0x10". Most macros of interface headers are one, and xabi types them
 * itself (xabi_literal_type) rather than having clang evaluate a probe for
 * each, which was a third of the parse.
 */
struct xabi_literal {
	uint64_t magnitude;
	bool negative, decimal, is_unsigned;
	unsigned char longs; /* suffix: 0, 1 (l) or 2 (ll) */
};

/* Tokens one macro may expand to and still be evaluated. */
#define XABI_MACRO_BUDGET 100000u

/* Why a macro gets no probe (xabi_scan_tree decides, see expand.c). */
enum xabi_unprobed {
	XABI_PROBED = 0,
	XABI_UNPROBED_COSTLY,   /* its expansion is over XABI_MACRO_BUDGET */
	XABI_UNPROBED_NOT_EXPR, /* its expansion holds '{', '}', ';' or an
				   unbalanced ')', so no integer constant */
	XABI_UNPROBED_POSITIONAL, /* its expansion holds __LINE__ or
				     __COUNTER__: its value is where it is
				     expanded, none of its own */
};

struct xabi_scan_define {
	char *name; /* object-like, with a non-empty body */
	char *body; /* as written, continuations and comments removed */
	unsigned line;
	bool is_literal; /* the body is `literal`, which types on every target */
	enum xabi_unprobed unprobed;
	struct xabi_literal literal;
};

/* A function-like macro, for estimating what expansions cost. */
struct xabi_scan_function {
	char *name;
	char *params; /* between the parentheses, as written */
	char *body;
};

struct xabi_scan_comment {
	unsigned first, last; /* lines */
	bool trailing;        /* code precedes it on its first line */
	char *text;           /* delimiters and leading '*' removed, spaces collapsed */
};

/* An #if or #elif condition the lexical scan could not settle: it compares
 * the version macro with something it cannot read, or does not name the
 * version macro at all (another macro may stand for it). */
struct xabi_scan_condition {
	unsigned line;
	bool names_version;
	char *text;
};

struct xabi_scan_file {
	char *path; /* relative to the tree root */
	char digest[65]; /* SHA-256 of its bytes, in hex */
	bool versioned; /* some condition mentions the version macro */
	size_t n_thresholds, n_unresolved, n_defines, n_includes, n_errors,
	       n_comments;
	struct xabi_scan_threshold *thresholds;
	unsigned *unresolved; /* lines where no threshold could be read */
	size_t n_conditions;
	struct xabi_scan_condition *conditions;
	struct xabi_scan_define *defines;
	size_t n_functions;
	struct xabi_scan_function *functions;
	/* include spellings, as written: "a.h" as a.h, <a/b.h> as <a/b.h */
	char **includes;
	size_t n_undefs;
	char **undefs;        /* names of #undef directives */
	unsigned *undef_lines; /* and their lines */
	unsigned *errors;     /* lines of #error directives */
	struct xabi_scan_comment *comments; /* by first line */
	/* Line -> 1 + index of the comment trailing on it / ending just above
	 * it, 0 for none; n_lines + 2 entries each. */
	unsigned n_lines;
	unsigned *trailing_at, *above;
	bool defines_latest;  /* defines the latest-version macro */
	uint64_t latest;
	unsigned latest_line;
	/* Filled in by xabi_scan_tree(): tree-relative targets of includes
	 * that resolve inside the tree, as indices into the scan's files. */
	size_t n_deps;
	size_t *deps;
};

struct xabi_scan {
	size_t n_files;
	struct xabi_scan_file *files; /* in the tree's (sorted) order */
	const char *version_macro;    /* borrowed from the profile */
	size_t max_header_bytes;      /* what it read each header under */
	bool have_latest;
	uint64_t latest;
	const char *latest_file;      /* where it is defined */
};

/*
 * Scan one header's text. `version_macro` and `latest_macro` may be NULL.
 * Never fails: what it cannot read it skips. The result's members are owned
 * by it; release them with xabi_scan_file_release().
 */
void xabi_scan_text(struct xabi_scan_file *out, const char *path,
		    const char *text, size_t len, const char *version_macro,
		    const char *latest_macro);
void xabi_scan_file_release(struct xabi_scan_file *f);

/*
 * Read `text` (a macro body) as an integer literal; false if it is not one.
 * The C type of a literal under C11 6.4.4.1 on a target whose long has
 * `long_bits` bits (int 32, long long 64), with its value as that type holds
 * it in *bits: "int", "unsigned long", ...; NULL if no type holds it.
 */
bool xabi_literal_parse(const char *text, struct xabi_literal *out);
const char *xabi_literal_type(const struct xabi_literal *l, unsigned long_bits,
			      uint64_t *bits);

/*
 * Scan every header of a tree and resolve includes between them.
 * Errors: XABI_EIO (a header cannot be read), XABI_ELIMIT (a header is over
 * `max_header_bytes`, 0 for no limit), XABI_EINVALID (the profile names a
 * latest-version macro the tree does not define).
 */
int xabi_scan_tree(struct xabi_scan **out, const struct xabi_tree *tree,
		   const struct xabi_profile *profile, size_t max_header_bytes,
		   struct xabi_ctx *ctx);
void xabi_scan_free(struct xabi_scan *s);

/*
 * What the scan evaluates as the preprocessor would, expanding macros
 * within a budget (expand.c): which object-like macros may be probed (each
 * define's `unprobed`), and the thresholds of conditions the lexical scan
 * could not read (a parenthesized or offset version, an alias of it; see
 * gate.c), which leaves in `unresolved` only the lines nothing could
 * decide. xabi_scan_tree() calls it.
 */
void xabi_scan_evaluate(struct xabi_scan *s);

/* The file scanned for `path`, or NULL. */
const struct xabi_scan_file *xabi_scan_find(const struct xabi_scan *s,
					    const char *path);
size_t xabi_scan_index(const struct xabi_scan *s, const char *path);

/* The define of `name` in f on `line`, or the last one above it (a line
 * continuation may sit between '#' and the name); NULL if none is near.
 * In log time: a header may define tens of thousands of macros. */
const struct xabi_scan_define *xabi_scan_define_at(const struct xabi_scan_file *f,
						   const char *name, unsigned line);

/* Whether `#include "inc"` in the tree file `from` names a file outside
 * the tree: an absolute path, or one that climbs above the root. */
bool xabi_scan_include_leaves(const char *from, const char *inc);

/* The comment of a declaration on `line`: one trailing on that line, else
 * one ending on the line above. NULL when none; borrowed. */
const char *xabi_scan_comment_at(const struct xabi_scan_file *f, unsigned line);

/*
 * The lower bounds of the interface-version partitions, ascending, the
 * first 0, none above the latest version; taken from the headers for which
 * `include` says true (NULL: all). Caller frees *out.
 */
void xabi_scan_partitions(const struct xabi_scan *s, const bool *include,
			  uint64_t **out, size_t *n);

#endif
