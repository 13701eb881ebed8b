/* SPDX-License-Identifier: MIT */
/*
 * Internal to the by-name comparison (byname.c and the stages beside it):
 * its state and the steps one stage takes from another. Not for other
 * parts of compare/.
 */
#ifndef XABI_COMPARE_BYNAME_H
#define XABI_COMPARE_BYNAME_H

#include "compare.h"

struct variant {
	const struct xabi_fact *f;
	struct xabi_bitset *pairs; /* where it holds; shrinks as it is explained */
};

struct variants {
	struct variant *items;
	size_t n, cap;
};

struct entity {
	enum xabi_kind kind;
	const char *scope, *name;
	struct variants a, b;
	struct xabi_bitset *pres_a, *pres_b;
};

struct pending {
	struct entity *e;
	struct variant *v;
};

struct pendings {
	struct pending *items;
	size_t n, cap;
};

struct run {
	struct xabi_sink *s;
	const struct xabi_corpus *a, *b;
	const struct xabi_pairs *pairs;
	struct xabi_map *index; /* entity key -> struct entity */
	struct entity **entities;
	size_t n_entities, cap_entities;
	struct pendings removed, added;
	struct xabi_map *unparsed; /* header path -> pairs where it broke */
	struct xabi_bitset **broken; /* the sets in `unparsed`, to free */
	size_t n_broken;
	struct xabi_bitset **pairs_by_set[2]; /* side A, B: set number -> pairs */
	struct xabi_buf key; /* scratch for keys */
	struct xabi_map *macro_values; /* family, value -> struct same_value */
	XABI_VEC(struct same_value *) same_values; /* the map's, to free */
	bool bump;
};

/* What a name says it is to its family: a bound (XEN_DOMCTL_CDF_MAX,
 * HVM_NR_PARAMS, XS_TYPE_COUNT), a mask of its flags (HVMPV_feature_mask,
 * XEN_X86_EMU_ALL), or neither. */
enum bound_role { NOT_BOUND, BOUND_COUNT, BOUND_MASK };

/* The new-side macros of one family with one value, in entity order. */
struct same_value_item {
	const struct entity *e;
	const struct xabi_fact *f;
};

struct same_value {
	XABI_VEC(struct same_value_item) v;
};

/* ---- byname.c ---------------------------------------------------------- */

/* An empty set over the run's pairs. */
struct xabi_bitset *xabi_byname_new_pairs(const struct run *r);

/*
 * The pairs on which fact f holds, on side A or B; NULL when none. Most
 * facts hold on one of a few sets of configurations (all of them, one
 * arch, ...), so the answer is kept by the set's number.
 */
struct xabi_bitset *xabi_byname_pairs_of(struct run *r, const struct xabi_fact *f, bool side_b);

/* The entity of that kind, scope and name, or NULL. */
struct entity *xabi_byname_find_entity(const struct run *r, enum xabi_kind kind,
				       const char *scope, const char *name);

/* The variant of entity e that holds on pair p, on side A or B; NULL when
 * none (an entity's variants hold on disjoint configurations). */
const struct xabi_fact *xabi_byname_fact_on_pair(const struct run *r, const struct entity *e,
						 size_t p, bool side_b);

/* Whether attribute `key` of a and b differs. */
bool xabi_byname_differs(const struct xabi_fact *a, const struct xabi_fact *b, const char *key);

/* Add a change about a (old) and b (new) on `pairs`, with its message. */
void xabi_byname_report(struct run *r, enum xabi_change_id id, const struct xabi_fact *a,
			const struct xabi_fact *b, const struct xabi_bitset *pairs,
			const char *message);

/* "name: key old -> new" for one attribute. */
void xabi_byname_report_attr(struct run *r, enum xabi_change_id id, const struct xabi_fact *a,
			     const struct xabi_fact *b, const struct xabi_bitset *pairs,
			     const char *key, const char *what);

/* out = a & b (same widths). */
void xabi_byname_intersect(struct xabi_bitset *out, const struct xabi_bitset *a,
			   const struct xabi_bitset *b);

/* ---- attrs.c ----------------------------------------------------------- */

/* Is this name a placeholder for future use (pad, reserved, ...)? */
bool xabi_byname_looks_reserved(const char *name);

/* Whether the record holding field f keeps its size on every pair of `on`. */
bool xabi_byname_record_keeps_size(const struct run *r, const struct xabi_fact *f,
				   const struct xabi_bitset *on);

/*
 * A field's type changed. Another integer type of the same size and
 * signedness ("unsigned int" to "unsigned long" on a 32-bit arch) is the
 * same representation, and so is an anonymous record given a name whose
 * members keep their paths: nothing a consumer can observe changed.
 */
void xabi_byname_report_type_change(struct run *r, const struct xabi_fact *a,
				    const struct xabi_fact *b, const struct xabi_bitset *on);

/* The role of `name`, and in *stem the length of the prefix the family's
 * items share: the part before the word that gives the role (HVM_ of
 * HVM_NR_PARAMS), no longer than the macro family (HVMPV_ of
 * HVMPV_feature_mask). */
enum bound_role xabi_byname_bound_role(const char *name, size_t *stem);

/* Two variants of one entity that hold on the same pairs. */
void xabi_byname_compare_variants(struct run *r, const struct xabi_fact *a,
				  const struct xabi_fact *b, const struct xabi_bitset *on);

/* ---- paths.c ----------------------------------------------------------- */

/*
 * Field a's anonymous record type was given a name in b (or b's was made
 * anonymous): is every member reached through a, on every pair of `on`,
 * still reached by its path through b? (A member that changed there is
 * reported on its own, by xabi_byname_without_same_path().)
 */
bool xabi_byname_same_members(const struct run *r, const struct xabi_fact *a,
			      const struct xabi_fact *b, const struct xabi_bitset *on);

/*
 * Drop from `pairs` those where field f, gone from its side, is still
 * named by its path on the other: an anonymous member's type was given a
 * name (or a named one was made anonymous), and `ev.data.note` still
 * compiles. Where it reads the same type at the same place, nothing
 * changed; elsewhere, what changed is reported as such.
 */
void xabi_byname_without_same_path(struct run *r, const struct xabi_fact *f,
				   struct xabi_bitset *pairs, bool other_b);

/* ---- renames.c --------------------------------------------------------- */

/*
 * A macro that became an enumerator of the same name and value (or the
 * reverse), as Xen's errno.h did in 4.7: consumers see no difference.
 */
void xabi_byname_match_kind_moves(struct run *r);

/*
 * Pair removed names with added ones of the same identity. Removals are
 * taken in order, and each takes, pair by pair, the first addition that
 * still holds that pair: so on one pair the k-th removal holding it meets
 * the k-th addition holding it. Sorting the holders by key and pair finds
 * every meeting in n log n, where trying each addition of a key for each
 * removal of it was quadratic (50,000 enumerators of one value: 20 s).
 */
void xabi_byname_match_renames(struct run *r, bool coarse);

/* ---- removals.c -------------------------------------------------------- */

/* A variant left on the old side only, on the pairs it still holds: gone,
 * moved behind a version gate or to another audience (a field: whether
 * the record kept its size). */
void xabi_byname_report_removal(struct run *r, const struct pending *pd);

/* A variant new on the new side only; a macro that now shares its value
 * with another of its family is also a collision. */
void xabi_byname_report_addition(struct run *r, const struct pending *pd);

/* ---- unparsed.c -------------------------------------------------------- */

/* Pairs where the header of f broke on side B: reported once as
 * header.unparsed, not as the removal of everything in it. */
void xabi_byname_without_unparsed(const struct run *r, const struct xabi_fact *f,
				  struct xabi_bitset *pairs);

/* Headers that parsed on side A and failed on side B, per pair; and new
 * headers that fail on side B. */
void xabi_byname_find_unparsed(struct run *r);

#endif
