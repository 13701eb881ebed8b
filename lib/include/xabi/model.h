/* SPDX-License-Identifier: MIT */
/*
 * The model: facts × configurations.
 *
 * A configuration is one way a consumer compiles the headers: an arch, an
 * audience (guest, tools, ...) and an interface-version partition. A fact is
 * one extracted thing (an enumerator and its value, a field and its offset,
 * ...). A corpus stores each distinct fact once, with the set of
 * configurations in which it holds as a bitset over the corpus's
 * configuration list.
 *
 * Ownership: a corpus owns everything reachable from it (strings, facts,
 * bitsets) and frees it all in xabi_corpus_free(). Pointers read from a
 * corpus are borrowed and live as long as the corpus.
 */
#ifndef XABI_MODEL_H
#define XABI_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "xabi/error.h"

/* ---- bitsets ----------------------------------------------------------- */

/* A fixed-width set of configuration indices. */
struct xabi_bitset {
	size_t nbits;
	uint64_t words[];
};

/* A new empty set of `nbits` bits; free() it (or xabi_bitset_free). */
struct xabi_bitset *xabi_bitset_new(size_t nbits);
struct xabi_bitset *xabi_bitset_dup(const struct xabi_bitset *b);
void xabi_bitset_free(struct xabi_bitset *b);
void xabi_bitset_set(struct xabi_bitset *b, size_t i);
void xabi_bitset_clear_bit(struct xabi_bitset *b, size_t i);
bool xabi_bitset_test(const struct xabi_bitset *b, size_t i);
void xabi_bitset_set_all(struct xabi_bitset *b);
/* dst |= src; dst &= src; dst &= ~src. Same widths. */
void xabi_bitset_or(struct xabi_bitset *dst, const struct xabi_bitset *src);
void xabi_bitset_and(struct xabi_bitset *dst, const struct xabi_bitset *src);
void xabi_bitset_andnot(struct xabi_bitset *dst, const struct xabi_bitset *src);
bool xabi_bitset_equal(const struct xabi_bitset *a, const struct xabi_bitset *b);
bool xabi_bitset_empty(const struct xabi_bitset *b);
/* Do a and b (of equal widths) share a bit? */
bool xabi_bitset_intersects(const struct xabi_bitset *a, const struct xabi_bitset *b);
bool xabi_bitset_full(const struct xabi_bitset *b);
size_t xabi_bitset_count(const struct xabi_bitset *b);
/* The first member >= from, or b->nbits when there is none. */
size_t xabi_bitset_next(const struct xabi_bitset *b, size_t from);
/* Order for sorting: by lowest differing member. */
int xabi_bitset_cmp(const struct xabi_bitset *a, const struct xabi_bitset *b);
/* Members as ranges, "0-23 48 50-51" ("" when empty); caller frees. */
char *xabi_bitset_format(const struct xabi_bitset *b);
/* Parse that form into b (its width fixed); XABI_EINVALID on bad text or a
 * member out of range. */
int xabi_bitset_parse(struct xabi_bitset *b, const char *text,
		      struct xabi_ctx *ctx);

/* ---- configurations ---------------------------------------------------- */

struct xabi_arch {
	const char *name;   /* x86_64 */
	const char *target; /* clang --target, x86_64-linux-gnu */
};

struct xabi_audience {
	const char *name;    /* guest, tools, hypervisor */
	const char *defines; /* space-separated NAME or NAME=VALUE, may be "" */
	bool pinned;         /* compiled at the latest interface version only */
};

/* Interface versions [lo, hi): one representative is parsed for all. */
struct xabi_partition {
	uint64_t lo, hi;
};

struct xabi_config {
	unsigned arch, audience, partition;
};

/*
 * A configuration space: the arches, audiences and interface-version
 * partitions of one question, and the configurations chosen among them.
 * A corpus's facts hold over its space (each fact's `where` is a set of
 * its space's configurations); a diff's changes hold over its report
 * space, the configurations both sides answer for.
 */
struct xabi_space {
	const char *version_macro; /* NULL: the headers have no versions */
	const char *latest_macro;  /* NULL when none */
	uint64_t latest;           /* the latest interface version */
	size_t n_arches, n_audiences, n_partitions, n_configs;
	struct xabi_arch *arches;
	struct xabi_audience *audiences;
	struct xabi_partition *partitions; /* ascending, contiguous */
	struct xabi_config *configs;       /* arch-major order */
};

/* ---- facts ------------------------------------------------------------- */

enum xabi_kind {
	XABI_KIND_ENUM,
	XABI_KIND_ENUMERATOR,
	XABI_KIND_MACRO,
	XABI_KIND_RECORD,
	XABI_KIND_FIELD,
	XABI_KIND_TYPEDEF,
	XABI_KIND_FUNCTION,
	XABI_KIND_VARIABLE,
	XABI_KIND_LIBRARY,  /* a shared library or archive (lib/elf/) */
	XABI_KIND_SYMBOL,   /* a symbol it exports or imports */
	XABI_KIND_HEADER,   /* not a fact: a whole header, in changes only */
	XABI_KIND_RULE,     /* not a fact: a rule of a rules file, likewise */
	XABI_KIND_COUNT
};

/* "enum", "enumerator", ...; the names used in dumps, TSV and reports. */
const char *xabi_kind_name(enum xabi_kind kind);
int xabi_kind_parse(const char *name, enum xabi_kind *out);

/*
 * The attribute keys a kind carries, in their canonical order,
 * NULL-terminated:
 *   enum: type size align        enumerator: value
 *   macro: value type            record: kind size align
 *   field: type offset size bits typedef, function, variable: type
 *   library: soname needed            symbol: type bind size version
 *                                             hidden defined from
 * Sizes of records and enums are in bytes, offsets and sizes of fields in
 * bits; values are decimal; types are canonical C spellings.
 */
const char *const *xabi_kind_attrs(enum xabi_kind kind);

#define XABI_MAX_ATTRS 8

struct xabi_attr {
	const char *key;
	const char *value;
};

struct xabi_fact {
	enum xabi_kind kind;
	const char *scope;   /* enclosing entity (enum, record) or NULL */
	const char *name;
	const char *file;    /* header path relative to the tree root */
	unsigned line;
	const char *comment; /* normalized comment text or NULL */
	unsigned n_attrs;
	struct xabi_attr attrs[XABI_MAX_ATTRS]; /* canonical order */
	struct xabi_bitset *where;
	/* Once the corpus is finished, the number of `where` among the
	 * corpus's distinct sets (below n_sets), equal for equal sets: what
	 * is derived from a set can be kept by its number. */
	size_t set;
};

/* The "type" of a macro whose value is text, not a number: a string
 * literal (value: the literal as written), or a function-like macro (value:
 * its parameter list and replacement as canonical tokens). An integer
 * macro's type is its C type. */
#define XABI_MACRO_STRING "string"
#define XABI_MACRO_FUNCTION "function"

/* The value of attribute `key`, or NULL. */
const char *xabi_fact_attr(const struct xabi_fact *f, const char *key);
/* Its attributes as text, "key=value key=value" ("" for none), as every
 * report and table shows them; caller frees. */
char *xabi_fact_attrs_text(const struct xabi_fact *f);

/* ---- headers ----------------------------------------------------------- */

enum xabi_header_state {
	XABI_HEADER_REFUSED, /* its own #error rejects the configuration */
	XABI_HEADER_FAILED,  /* did not parse: the message says why */
	XABI_HEADER_SKIPPED, /* the profile skips it: the message says why */
};

const char *xabi_header_state_name(enum xabi_header_state state);
int xabi_header_state_parse(const char *name, enum xabi_header_state *out);

/* Why a header yielded no facts in some configurations. */
struct xabi_header_note {
	const char *path;
	enum xabi_header_state state;
	const char *message; /* "file:line:col: text" from the compiler */
	struct xabi_bitset *where;
};

struct xabi_header {
	const char *path;
	const char *digest;         /* SHA-256 of its bytes (hex), or NULL */
	struct xabi_bitset *parsed; /* where its declarations were read */
};

/* ---- packages ---------------------------------------------------------- */

/* A package a corpus was read from (a .deb), and the files it brought:
 * header paths and library files, as facts name them. */
struct xabi_package {
	const char *name, *version;
	size_t n_members;
	const char **members;
};

/* ---- corpus ------------------------------------------------------------ */

struct xabi_corpus_private;

struct xabi_corpus {
	const char *profile;       /* the profile that made it */
	/* Who made its facts: the xabi and the libclang that extracted them
	 * (a dump keeps its producer's), or NULL when unknown or not used. */
	const char *xabi_version;
	const char *libclang_version;
	/* The options that chose what was extracted, as a command line
	 * ("--arch x86_64"; "": the profile's defaults), or NULL when not
	 * recorded. Set by whoever extracts; a dump keeps its maker's. */
	const char *options;
	const char *root;          /* where the header root was found under
				    * the source ("xen/include/public"), or NULL */
	struct xabi_space space;   /* where its facts hold */

	/* Sorted by xabi_corpus_finish(): by file, line, kind, scope, name. */
	size_t n_facts;
	struct xabi_fact **facts;
	size_t n_sets; /* distinct `where` sets of the facts */
	size_t n_headers;
	struct xabi_header *headers; /* by path */
	size_t n_notes;
	struct xabi_header_note *notes; /* by path, state, where */
	size_t n_packages;
	struct xabi_package *packages;  /* in the order they were added */

	struct xabi_corpus_private *priv;
};

int xabi_corpus_new(struct xabi_corpus **out, const char *profile);
void xabi_corpus_free(struct xabi_corpus *c);

/* A string that lives as long as the corpus; equal strings share storage. */
const char *xabi_corpus_intern(struct xabi_corpus *c, const char *s);

/* At most this many arches and audiences: the compact "where" form keeps
 * each set of them in 64 bits. */
#define XABI_MAX_ARCHES 64
#define XABI_MAX_AUDIENCES 64

/* Bounds on one corpus, so that hostile input (a tree with thousands of
 * version thresholds, a crafted dump) cannot exhaust memory; 0: none. */
struct xabi_limits {
	size_t max_configs; /* configurations */
	size_t max_facts;   /* distinct facts */
};

/*
 * Building a space: init, then arches, audiences and versions, then the
 * configurations; before any fact is added to a corpus over it. At most
 * XABI_MAX_ARCHES arches and XABI_MAX_AUDIENCES audiences. A space owns
 * its strings (copies); xabi_space_release() frees them.
 */
void xabi_space_init(struct xabi_space *s);
void xabi_space_release(struct xabi_space *s);
void xabi_space_add_arch(struct xabi_space *s, const char *name, const char *target);
void xabi_space_add_audience(struct xabi_space *s, const char *name, const char *defines,
			     bool pinned);
/*
 * Interface versions: `bounds` are the ascending lower bounds of the
 * partitions, the first 0; the last partition ends after `latest`. With a
 * NULL version_macro there is one partition and no versions.
 */
void xabi_space_set_versions(struct xabi_space *s, const char *version_macro,
			     const char *latest_macro, uint64_t latest,
			     const uint64_t *bounds, size_t n_bounds);
/*
 * Enumerate the configurations: every arch × audience × partition, pinned
 * audiences at the latest partition only. `partitions` selects partitions
 * (NULL: all); pinned audiences are kept whatever it says.
 */
void xabi_space_build_configs(struct xabi_space *s, const bool *partitions);
/* Append one configuration (a loaded dump lists them explicitly). */
void xabi_space_add_config(struct xabi_space *s, unsigned arch, unsigned audience,
			   unsigned partition);
/* The index of the arch (or audience) named `name`, or -1. */
int xabi_space_find_arch(const struct xabi_space *s, const char *name);
int xabi_space_find_audience(const struct xabi_space *s, const char *name);
/* The partition holding version v (the last one for v past latest). */
unsigned xabi_space_partition_of(const struct xabi_space *s, uint64_t v);
/*
 * The configuration a consumer of (arch, audience) at version v compiles
 * in: for a pinned audience its one configuration, else the one of the
 * partition holding v. s->n_configs when there is none (unknown names, v
 * past the latest, or that configuration not extracted).
 */
size_t xabi_space_config_at(const struct xabi_space *s, const char *arch,
			    const char *audience, uint64_t v);
/* The representative version that is parsed for partition p. */
uint64_t xabi_space_partition_rep(const struct xabi_space *s, unsigned p);
/* An empty set of the space's configurations; caller frees. */
struct xabi_bitset *xabi_space_new_set(const struct xabi_space *s);

/* ---- selections: the configurations a user asks about ------------------ */

enum xabi_iface_mode {
	XABI_IFACE_ALL,    /* every partition */
	XABI_IFACE_LATEST, /* the latest only */
	XABI_IFACE_LIST,   /* the partitions holding the listed versions */
};

/*
 * Which configurations to extract, compare or print (--arch, --audience,
 * --iface); zero-initialized means every one (when extracting: the
 * profile's defaults).
 */
struct xabi_selection {
	size_t n_arches, n_audiences, n_ifaces;
	const char *const *arches;    /* names; none: all */
	const char *const *audiences; /* names; none: all */
	enum xabi_iface_mode iface;
	const uint64_t *ifaces;       /* for XABI_IFACE_LIST */
	bool keep_latest;             /* extraction: always add the latest partition */
};

/*
 * The configurations of `s` that `sel` selects, in *out (the caller frees
 * it). A pinned audience has one configuration, selected whatever the
 * versions asked. Errors: XABI_EINVALID for an arch or audience `s` does
 * not have, or a version newer than its latest (the message lists what
 * it has).
 */
int xabi_space_select(struct xabi_bitset **out, const struct xabi_space *s,
		      const struct xabi_selection *sel, struct xabi_ctx *ctx);

/*
 * Add fact `f` (its `where` is ignored) as holding in `where`: equal facts
 * are stored once and their sets united. Strings are copied; attributes may
 * come in any order but must be keys of the fact's kind (XABI_EINVALID).
 */
int xabi_corpus_add_fact(struct xabi_corpus *c, const struct xabi_fact *f,
			 const struct xabi_bitset *where, struct xabi_ctx *ctx);
/* Mark header `path` as parsed in `where` (creating it if new). */
void xabi_corpus_add_header(struct xabi_corpus *c, const char *path,
			    const struct xabi_bitset *where);
void xabi_corpus_add_note(struct xabi_corpus *c, const char *path,
			  enum xabi_header_state state, const char *message,
			  const struct xabi_bitset *where);
/* The SHA-256 (hex) of header `path`'s bytes (creating it if new). */
void xabi_corpus_set_header_digest(struct xabi_corpus *c, const char *path,
				   const char *digest);
/* Where headers read beside the root are named from: "../xenctrl.h" is
 * usr/include/xenctrl.h beside the root usr/include/xen. */
#define XABI_BESIDE_PREFIX "../"
/*
 * Add what `src` read (its facts, headers and notes, wherever they held in
 * src) to `dst` as holding in `where`, a set of dst's configurations: the
 * headers a profile of their own read beside dst's (Xen's toolstack headers
 * beside its public ones). Those under `skip` ("xen/", or NULL) are left
 * out: dst holds them already. The others' paths gain `prefix` ("../":
 * where they are from dst's root). A name dst has already stays dst's, and
 * a name src has twice (declared in two headers) keeps its first.
 * Finish dst afterwards.
 */
int xabi_corpus_merge(struct xabi_corpus *dst, const struct xabi_corpus *src,
		      const struct xabi_bitset *where, const char *skip,
		      const char *prefix, struct xabi_ctx *ctx);
/* Header `path` of c (parsed or not), or NULL. */
const struct xabi_header *xabi_corpus_header(const struct xabi_corpus *c, const char *path);
/* Whether header `path` has the same bytes in a and b (both digests known). */
bool xabi_corpus_same_header(const struct xabi_corpus *a, const struct xabi_corpus *b,
			     const char *path);
/* Record a package and the files (header paths, library files) it brought. */
void xabi_corpus_add_package(struct xabi_corpus *c, const char *name, const char *version,
			     const char *const *members, size_t n_members);
/* The package that brought `file` (a header path or library file), or NULL. */
const struct xabi_package *xabi_corpus_package_of(const struct xabi_corpus *c,
						  const char *file);
/* The package called `name`, or NULL. */
const struct xabi_package *xabi_corpus_package(const struct xabi_corpus *c, const char *name);
/* Sort facts, headers and notes into their stable order. */
void xabi_corpus_finish(struct xabi_corpus *c);

/*
 * The set `where` in the compact form reports use, e.g. "all",
 * "x86_32,x86_64", "guest iface<0x00040700; tools". A dimension is left
 * out where the set covers all of it. Caller frees.
 */
char *xabi_space_where(const struct xabi_space *s, const struct xabi_bitset *where);
/* One configuration as "arch audience iface=0x........". Caller frees. */
char *xabi_space_config_name(const struct xabi_space *s, size_t config);

#endif
