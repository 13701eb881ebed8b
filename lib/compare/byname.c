/* SPDX-License-Identifier: MIT */
/*
 * Comparing two sides entity by entity (pinned, latest and bump views).
 *
 * Facts are grouped by entity (kind, scope, name); each variant of an
 * entity holds on a set of pairs. Variants of both sides that share pairs
 * are compared attribute by attribute. Where an entity exists on one side
 * only, it was removed or added; before saying so, removed and added names
 * are paired up: an enumerator or macro that keeps its value under a new
 * name was renamed, retired or reused, a field that keeps its offset and
 * type was renamed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/alloc.h"
#include "../util/buf.h"
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

static const enum xabi_change_id added_id[XABI_KIND_COUNT] = {
	XABI_CH_ENUM_ADDED, XABI_CH_ENUMERATOR_ADDED, XABI_CH_MACRO_ADDED,
	XABI_CH_RECORD_ADDED, XABI_CH_FIELD_ADDED, XABI_CH_TYPEDEF_ADDED,
	XABI_CH_FUNCTION_ADDED, XABI_CH_VARIABLE_ADDED, XABI_CH_COUNT,
};

static const enum xabi_change_id removed_id[XABI_KIND_COUNT] = {
	XABI_CH_ENUM_REMOVED, XABI_CH_ENUMERATOR_REMOVED, XABI_CH_MACRO_REMOVED,
	XABI_CH_RECORD_REMOVED, XABI_CH_FIELD_REMOVED, XABI_CH_TYPEDEF_REMOVED,
	XABI_CH_FUNCTION_REMOVED, XABI_CH_VARIABLE_REMOVED, XABI_CH_COUNT,
};

static struct xabi_bitset *new_pairs(const struct run *r)
{
	return xabi_bitset_new(r->pairs->n);
}

/* The pairs on which a set of configurations of side A or B holds. */
static struct xabi_bitset *pairs_of_set(const struct run *r, const struct xabi_bitset *where,
					bool side_b)
{
	struct xabi_bitset *set = new_pairs(r);

	for (size_t p = 0; p < r->pairs->n; p++)
		if (xabi_bitset_test(where, side_b ? r->pairs->items[p].b : r->pairs->items[p].a))
			xabi_bitset_set(set, p);
	return set;
}

/*
 * The pairs on which fact f holds, on side A or B; NULL when none. Most
 * facts hold on one of a few sets of configurations (all of them, one
 * arch, ...), so the answer is kept by the set's number.
 */
static struct xabi_bitset *pairs_of(struct run *r, const struct xabi_fact *f, bool side_b)
{
	struct xabi_bitset **kept = &r->pairs_by_set[side_b][f->set];

	if (!*kept)
		*kept = pairs_of_set(r, f->where, side_b);
	return xabi_bitset_empty(*kept) ? NULL : xabi_bitset_dup(*kept);
}

/* The key of an entity, in `k`. */
static const char *entity_key(struct xabi_buf *k, enum xabi_kind kind, const char *scope,
			      const char *name)
{
	xabi_buf_clear(k);
	/* Enumerator names are unique in C whatever their enum is called,
	 * so an enum that is renamed keeps its enumerators. */
	xabi_buf_putc(k, (char)('A' + kind));
	xabi_buf_cat(k, "\x1f", kind == XABI_KIND_ENUMERATOR || !scope ? "" : scope,
		     "\x1f", name, NULL);
	return xabi_buf_cstr(k);
}

static struct entity *find_entity(const struct run *r, enum xabi_kind kind,
				  const char *scope, const char *name)
{
	struct xabi_buf k = XABI_BUF_INIT;
	struct entity *e = xabi_map_get(r->index, entity_key(&k, kind, scope, name));

	xabi_buf_release(&k);
	return e;
}

static void add_fact(struct run *r, const struct xabi_fact *f, bool side_b)
{
	struct xabi_bitset *pairs;
	struct entity *e;
	const char *key;

	/* Libraries and symbols are compared by xabi_compare_elf. */
	if (f->kind == XABI_KIND_LIBRARY || f->kind == XABI_KIND_SYMBOL)
		return;
	pairs = pairs_of(r, f, side_b);
	if (!pairs)
		return;
	key = entity_key(&r->key, f->kind, f->scope, f->name);
	e = xabi_map_get(r->index, key);
	if (!e) {
		e = xabi_xcalloc(1, sizeof(*e));
		e->kind = f->kind;
		e->scope = f->scope;
		e->name = f->name;
		e->pres_a = new_pairs(r);
		e->pres_b = new_pairs(r);
		xabi_map_put(r->index, key, e);
		xabi_vec_grow((void **)&r->entities, &r->cap_entities,
			      r->n_entities + 1, sizeof(*r->entities));
		r->entities[r->n_entities++] = e;
	}
	XABI_VEC_PUSH(side_b ? &e->b : &e->a, ((struct variant){ f, pairs }));
	xabi_bitset_or(side_b ? e->pres_b : e->pres_a, pairs);
}

/* Whether a and b are function-like macros with one parameter list: the
 * calls that compiled still compile, whatever the replacement became
 * (often the same meaning respelled), so not an error by default. */
static bool same_params(const struct xabi_fact *a, const struct xabi_fact *b)
{
	const char *va = xabi_attr(a, "value"), *vb = xabi_attr(b, "value");
	size_t n = strcspn(va, ")");

	return !strcmp(xabi_attr(a, "type"), XABI_MACRO_FUNCTION) &&
	       !strcmp(xabi_attr(b, "type"), XABI_MACRO_FUNCTION) && va[n] &&
	       !strncmp(va, vb, n + 1);
}

static bool differs(const struct xabi_fact *a, const struct xabi_fact *b, const char *key)
{
	return strcmp(xabi_attr(a, key), xabi_attr(b, key)) != 0;
}

static void report(struct run *r, enum xabi_change_id id, const struct xabi_fact *a,
		   const struct xabi_fact *b, const struct xabi_bitset *pairs,
		   const char *message)
{
	xabi_sink_add(r->s, id, a, b, pairs, "%s", message);
}

/* "name: key old -> new" for one attribute. */
static void report_attr(struct run *r, enum xabi_change_id id, const struct xabi_fact *a,
			const struct xabi_fact *b, const struct xabi_bitset *pairs,
			const char *key, const char *what)
{
	char *msg = xabi_xasprintf("%s%s%s: %s %s -> %s", a->scope ? a->scope : "",
				   a->scope ? "." : "", a->name, what, xabi_attr(a, key),
				   xabi_attr(b, key));

	report(r, id, a, b, pairs, msg);
	free(msg);
}

/* "int (int, char *)" -> the return type's length. */
static size_t return_part(const char *type)
{
	const char *paren = strstr(type, " (");

	return paren ? (size_t)(paren - type) : strlen(type);
}

/* Is this name a placeholder for future use (pad, reserved, ...)? */
static bool looks_reserved(const char *name)
{
	static const char *const words[] = { "pad", "reserved", "rsvd", "unused", "spare", NULL };

	for (const char *const *w = words; *w; w++)
		if (strstr(name, *w))
			return true;
	return false;
}

/* Whether the record holding field f keeps its size on every pair of `on`. */
static bool record_keeps_size(const struct run *r, const struct xabi_fact *f,
			      const struct xabi_bitset *on)
{
	const struct entity *rec = find_entity(r, XABI_KIND_RECORD, NULL, f->scope);

	if (!rec)
		return false;
	for (size_t p = xabi_bitset_next(on, 0); p < on->nbits; p = xabi_bitset_next(on, p + 1)) {
		const char *before = NULL, *after = NULL;

		for (size_t i = 0; i < rec->a.n; i++)
			if (xabi_bitset_test(rec->a.items[i].f->where, r->pairs->items[p].a))
				before = xabi_attr(rec->a.items[i].f, "size");
		for (size_t i = 0; i < rec->b.n; i++)
			if (xabi_bitset_test(rec->b.items[i].f->where, r->pairs->items[p].b))
				after = xabi_attr(rec->b.items[i].f, "size");
		if (!before || !after || strcmp(before, after))
			return false;
	}
	return true;
}

/* The keyword of a record type's spelling ("struct", "union") and whether
 * it is anonymous; false when the type is not a record by value. */
static bool record_type(const char *type, size_t *keyword, bool *anonymous)
{
	const char *tag = strchr(type, ' ');

	if (strncmp(type, "struct ", 7) && strncmp(type, "union ", 6))
		return false;
	*keyword = (size_t)(tag - type);
	*anonymous = !strcmp(tag + 1, "(anonymous)");
	return *anonymous || !strpbrk(tag + 1, " *[(");
}

/* The variant of entity e that holds on pair p, on side A or B; NULL when none. */
static const struct xabi_fact *fact_on_pair(const struct run *r, const struct entity *e,
					    size_t p, bool side_b)
{
	const struct variants *v = side_b ? &e->b : &e->a;
	size_t config = side_b ? r->pairs->items[p].b : r->pairs->items[p].a;

	for (size_t i = 0; i < v->n; i++)
		if (xabi_bitset_test(v->items[i].f->where, config))
			return v->items[i].f;
	return NULL;
}

/*
 * The field that `path` names in record `scope` on pair p of one side,
 * following members whose record type has a name (data.note in a struct
 * whose `data` is a union snd_seq_event_data), with its offset from the
 * start of `scope` in *offset; NULL when the path names nothing there.
 */
static const struct xabi_fact *field_at_path(const struct run *r, const char *scope,
					     const char *path, size_t p, bool side_b,
					     unsigned long long *offset)
{
	const struct entity *e = find_entity(r, XABI_KIND_FIELD, scope, path);
	const struct xabi_fact *f = e ? fact_on_pair(r, e, p, side_b) : NULL;

	if (f) {
		*offset = strtoull(xabi_attr(f, "offset"), NULL, 10);
		return f;
	}
	for (const char *dot = strchr(path, '.'); dot; dot = strchr(dot + 1, '.')) {
		char *head = xabi_xstrndup(path, (size_t)(dot - path));
		const struct xabi_fact *member = field_at_path(r, scope, head, p, side_b, offset);
		const char *type = member ? xabi_attr(member, "type") : "";
		unsigned long long inner;
		size_t keyword;
		bool anonymous;

		free(head);
		/* A record by value with a name, whose fields have it as scope. */
		if (!record_type(type, &keyword, &anonymous) || anonymous)
			continue;
		f = field_at_path(r, type + keyword + 1, dot + 1, p, side_b, &inner);
		if (f) {
			*offset += inner;
			return f;
		}
	}
	return NULL;
}

/*
 * Field a's anonymous record type was given a name in b (or b's was made
 * anonymous): is every member reached through a, on every pair of `on`,
 * still reached by its path through b? (A member that changed there is
 * reported on its own, by without_same_path().)
 */
static bool same_members(const struct run *r, const struct xabi_fact *a,
			 const struct xabi_fact *b, const struct xabi_bitset *on)
{
	size_t ka, kb, len = strlen(a->name);
	bool anon_a, anon_b, from_b;

	if (!record_type(xabi_attr(a, "type"), &ka, &anon_a) ||
	    !record_type(xabi_attr(b, "type"), &kb, &anon_b) || ka != kb ||
	    strncmp(xabi_attr(a, "type"), xabi_attr(b, "type"), ka) || anon_a == anon_b)
		return false;
	from_b = anon_b; /* the flattened members are on the anonymous side */
	for (size_t i = 0; i < r->n_entities; i++) {
		const struct entity *e = r->entities[i];

		if (e->kind != XABI_KIND_FIELD || strcmp(e->scope, a->scope) ||
		    strncmp(e->name, a->name, len) || e->name[len] != '.')
			continue;
		for (size_t p = xabi_bitset_next(on, 0); p < on->nbits; p = xabi_bitset_next(on, p + 1)) {
			unsigned long long offset;

			if (fact_on_pair(r, e, p, from_b) &&
			    !field_at_path(r, a->scope, e->name, p, !from_b, &offset))
				return false;
		}
	}
	return true;
}

/* Is this the spelling of an unsigned integer type? Of a signed one? */
static int integer_sign(const char *type)
{
	static const char *const types[] = {
		"unsigned char", "unsigned short", "unsigned int", "unsigned long",
		"unsigned long long", "_Bool", NULL,
		"signed char", "char", "short", "int", "long", "long long", NULL
	};
	int sign = 1;

	for (const char *const *t = types; sign >= 0; t++) {
		if (!*t) {
			sign--;
			continue;
		}
		if (!strcmp(*t, type))
			return sign ? 1 : -1;
	}
	return 0;
}

/*
 * A field's type changed. Another integer type of the same size and
 * signedness ("unsigned int" to "unsigned long" on a 32-bit arch) is the
 * same representation, and so is an anonymous record given a name whose
 * members keep their paths: nothing a consumer can observe changed.
 */
static void report_type_change(struct run *r, const struct xabi_fact *a,
			       const struct xabi_fact *b, const struct xabi_bitset *on)
{
	int sa = integer_sign(xabi_attr(a, "type")), sb = integer_sign(xabi_attr(b, "type"));
	bool respelled = !differs(a, b, "size") &&
			 ((sa && sa == sb) || same_members(r, a, b, on));

	xabi_sink_add(r->s, respelled ? XABI_CH_FIELD_TYPE_RESPELLED : XABI_CH_FIELD_TYPE_CHANGED,
		      a, b, on, "%s.%s: type %s -> %s", a->scope, a->name, xabi_attr(a, "type"),
		      xabi_attr(b, "type"));
}

/* What a name says it is to its family: a bound (XEN_DOMCTL_CDF_MAX,
 * HVM_NR_PARAMS, XS_TYPE_COUNT), a mask of its flags (HVMPV_feature_mask,
 * XEN_X86_EMU_ALL), or neither. */
enum bound_role { NOT_BOUND, BOUND_COUNT, BOUND_MASK };

/* The role of `name`, and in *stem the length of the prefix the family's
 * items share: the part before the word that gives the role (HVM_ of
 * HVM_NR_PARAMS), no longer than the macro family (HVMPV_ of
 * HVMPV_feature_mask). */
static enum bound_role bound_role(const char *name, size_t *stem)
{
	static const char *const counts[] = { "MAX", "COUNT", "NR", "LAST", NULL };
	static const char *const masks[] = { "MASK", "ALL", NULL };
	char family[128];
	size_t family_len = strlen(xabi_macro_family(name, family, sizeof(family)));

	for (const char *p = name; *p;) {
		size_t len = strcspn(p, "_");

		*stem = (size_t)(p - name) < family_len ? (size_t)(p - name) : family_len;
		for (const char *const *w = counts; *w; w++)
			if (len == strlen(*w) && !strncasecmp(p, *w, len))
				return BOUND_COUNT;
		for (const char *const *w = masks; *w; w++)
			if (len == strlen(*w) && !strncasecmp(p, *w, len))
				return BOUND_MASK;
		p += len + (p[len] == '_');
	}
	return NOT_BOUND;
}

/* Whether f (of entity e) is new on some pair of `on`. */
static bool added_on(struct run *r, const struct entity *e, const struct xabi_fact *f,
		     const struct xabi_bitset *on)
{
	struct xabi_bitset *here = pairs_of(r, f, true);
	bool hit;

	if (!here)
		return false;
	xabi_bitset_and(here, on);
	xabi_bitset_andnot(here, e->pres_a);
	hit = !xabi_bitset_empty(here);
	xabi_bitset_free(here);
	return hit;
}

static bool same_string(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* Is f an item of the family whose bound is b? An enumerator belongs to
 * b's enum; a macro or an enumerator to a macro's header and name stem
 * (Linux counts an enum with a macro: IFLA_HSR_MAX is __IFLA_HSR_MAX - 1);
 * bounds are not items. */
static bool family_item(const struct xabi_fact *b, size_t stem, const struct xabi_fact *f)
{
	size_t ignored;

	if (f->name == b->name || !strcmp(f->name, b->name) ||
	    bound_role(f->name, &ignored) != NOT_BOUND)
		return false;
	if (b->kind == XABI_KIND_ENUMERATOR)
		return f->kind == XABI_KIND_ENUMERATOR && same_string(f->scope, b->scope);
	return (f->kind == XABI_KIND_MACRO || f->kind == XABI_KIND_ENUMERATOR) &&
	       same_string(f->file, b->file) && !strncmp(f->name, b->name, stem);
}

/*
 * A bound or mask whose new value (b) is explained by items added to its
 * family on `on`: a bound grew to take in an item at or below it, a mask
 * took in exactly the bits of added flags. Their names go to `names`.
 */
static bool grows_with_additions(struct run *r, const struct xabi_fact *a,
				 const struct xabi_fact *b, const struct xabi_bitset *on,
				 struct xabi_buf *names)
{
	size_t stem, n = 0;
	enum bound_role role = bound_role(b->name, &stem);
	long long va = strtoll(xabi_attr(a, "value"), NULL, 0);
	long long vb = strtoll(xabi_attr(b, "value"), NULL, 0);
	unsigned long long grown = (unsigned long long)vb & ~(unsigned long long)va, covered = 0;

	if (role == NOT_BOUND || vb <= va ||
	    (role == BOUND_MASK && ((unsigned long long)va & ~(unsigned long long)vb)))
		return false;
	for (size_t i = 0; i < r->n_entities; i++) {
		const struct entity *e = r->entities[i];

		for (size_t j = 0; j < e->b.n; j++) {
			const struct xabi_fact *f = e->b.items[j].f;
			long long v;
			unsigned long long bits;

			if (!family_item(b, stem, f))
				continue;
			v = strtoll(xabi_attr(f, "value"), NULL, 0);
			bits = (unsigned long long)v;
			if ((role == BOUND_COUNT ? v < va || v > vb :
			     !(bits & grown) || (bits & ~(unsigned long long)vb)) ||
			    !added_on(r, e, f, on))
				continue;
			covered |= bits & grown;
			if (n < 3)
				xabi_buf_printf(names, "%s%s", n ? ", " : "", f->name);
			else if (n == 3)
				xabi_buf_printf(names, ", ...");
			n++;
			break;
		}
	}
	return n && (role == BOUND_COUNT || covered == grown);
}

/* An item added on `on` to the enum or macro family of b that took a's
 * old value, or NULL. */
static const struct xabi_fact *took_old_value(struct run *r, const struct xabi_fact *a,
					      const struct xabi_fact *b,
					      const struct xabi_bitset *on)
{
	char fb[128], ff[128];

	xabi_macro_family(b->name, fb, sizeof(fb));
	for (size_t i = 0; i < r->n_entities; i++) {
		const struct entity *e = r->entities[i];

		for (size_t j = 0; e->kind == b->kind && e->name != b->name && j < e->b.n; j++) {
			const struct xabi_fact *f = e->b.items[j].f;

			if (strcmp(xabi_attr(f, "value"), xabi_attr(a, "value")) ||
			    (b->kind == XABI_KIND_ENUMERATOR ? !same_string(f->scope, b->scope) :
			     !same_string(f->file, b->file) ||
			     strcmp(xabi_macro_family(f->name, ff, sizeof(ff)), fb)) ||
			    !added_on(r, e, f, on))
				continue;
			return f;
		}
	}
	return NULL;
}

/* A value changed: an error unless it is a bound that grew with its family;
 * where a new name took the old value (a name inserted before it), the
 * value is reused: old binaries now ask for the new name's meaning. */
static void report_value_change(struct run *r, enum xabi_change_id id,
				const struct xabi_fact *a, const struct xabi_fact *b,
				const struct xabi_bitset *on)
{
	struct xabi_buf names = XABI_BUF_INIT;
	const struct xabi_fact *taker;

	if (grows_with_additions(r, a, b, on, &names))
		xabi_sink_add_why(r->s, id, XABI_WHY_GROWS_WITH_ADDITION, a, b, on,
				  "%s%s%s: value %s -> %s, grows with the added %s",
				  a->scope ? a->scope : "", a->scope ? "." : "", a->name,
				  xabi_attr(a, "value"), xabi_attr(b, "value"), xabi_buf_cstr(&names));
	else if ((taker = took_old_value(r, a, b, on)))
		xabi_sink_add(r->s, id == XABI_CH_MACRO_VALUE_CHANGED ? XABI_CH_MACRO_VALUE_REUSED :
			      XABI_CH_ENUMERATOR_VALUE_REUSED, a, taker, on,
			      "value %s%s%s now means %s, inserted before %s, which moved to %s: "
			      "code built against the old name keeps compiling and asks for %s",
			      xabi_attr(a, "value"), a->scope ? " of " : "", a->scope ? a->scope : "",
			      taker->name, a->name, xabi_attr(b, "value"), taker->name);
	else
		report_attr(r, id, a, b, on, "value", "value");
	xabi_buf_release(&names);
}

/*
 * Do two macro values of different types hold the same bits, as (1 << 31)
 * and (1U << 31) do? Then only the type changed (macro.type-changed):
 * what a consumer stores or compares against is the same word.
 */
static bool same_bits(const struct xabi_fact *a, const struct xabi_fact *b)
{
	const char *va = xabi_attr(a, "value"), *vb = xabi_attr(b, "value");
	char *ea, *eb;
	long long sa = strtoll(va, &ea, 0), sb = strtoll(vb, &eb, 0);
	unsigned long long ua = strtoull(va, NULL, 0), ub = strtoull(vb, NULL, 0);

	if (!*va || !*vb || *ea || *eb || !differs(a, b, "type"))
		return false;
	/* One negative, the other its two's complement at 32 or 64 bits. */
	return (sa < 0) != (sb < 0) &&
	       ((uint32_t)ua == (uint32_t)ub && (ua >> 32 == 0 || ub >> 32 == 0 ||
						 ua == ub));
}

/* Two variants of one entity that hold on the same pairs. */
static void compare_variants(struct run *r, const struct xabi_fact *a,
			     const struct xabi_fact *b, const struct xabi_bitset *on)
{
	switch (a->kind) {
	case XABI_KIND_ENUM:
		if (differs(a, b, "size"))
			report_attr(r, XABI_CH_ENUM_SIZE_CHANGED, a, b, on, "size", "size");
		else if (differs(a, b, "type"))
			report_attr(r, XABI_CH_ENUM_SIZE_CHANGED, a, b, on, "type", "underlying type");
		break;
	case XABI_KIND_ENUMERATOR:
		if (differs(a, b, "value"))
			report_value_change(r, XABI_CH_ENUMERATOR_VALUE_CHANGED, a, b, on);
		else if (!xabi_comment_same(a->comment, b->comment) && a->comment && b->comment) {
			char *msg = xabi_xasprintf("%s (%s): its description changed from \"%s\" to \"%s\"",
						   a->name, xabi_attr(a, "value"), a->comment, b->comment);

			report(r, XABI_CH_ENUMERATOR_MEANING_CHANGED, a, b, on, msg);
			free(msg);
		}
		break;
	case XABI_KIND_MACRO:
		if (differs(a, b, "value") && same_params(a, b))
			report_attr(r, XABI_CH_MACRO_BODY_CHANGED, a, b, on, "value", "value");
		else if (differs(a, b, "value") && !same_bits(a, b))
			report_value_change(r, XABI_CH_MACRO_VALUE_CHANGED, a, b, on);
		else if (differs(a, b, "type"))
			report_attr(r, XABI_CH_MACRO_TYPE_CHANGED, a, b, on, "type", "type");
		break;
	case XABI_KIND_RECORD:
		if (differs(a, b, "kind"))
			report_attr(r, XABI_CH_RECORD_KIND_CHANGED, a, b, on, "kind", "kind");
		if (differs(a, b, "size"))
			report_attr(r, XABI_CH_RECORD_SIZE_CHANGED, a, b, on, "size", "size in bytes");
		if (differs(a, b, "align"))
			report_attr(r, XABI_CH_RECORD_ALIGN_CHANGED, a, b, on, "align", "alignment");
		break;
	case XABI_KIND_FIELD:
		if (!differs(a, b, "offset") && !differs(a, b, "type") &&
		    !differs(a, b, "size") && !differs(a, b, "bits"))
			break;
		if (looks_reserved(a->name) && record_keeps_size(r, a, on)) {
			char *msg = xabi_xasprintf("%s.%s shrank from %s at bit %s to %s at bit %s; "
						   "the record keeps its size, so its space went to "
						   "new fields", a->scope, a->name, xabi_attr(a, "type"),
						   xabi_attr(a, "offset"), xabi_attr(b, "type"), xabi_attr(b, "offset"));

			report(r, XABI_CH_FIELD_RESERVED_USED, a, b, on, msg);
			free(msg);
			break;
		}
		if (differs(a, b, "offset"))
			report_attr(r, XABI_CH_FIELD_OFFSET_CHANGED, a, b, on, "offset", "bit offset");
		/* A new type implies a new size, and a bit-field's size is its
		 * width: report the cause once. */
		if (differs(a, b, "type"))
			report_type_change(r, a, b, on);
		else if (differs(a, b, "bits"))
			report_attr(r, XABI_CH_FIELD_BITFIELD_CHANGED, a, b, on, "bits", "bit-field width");
		else if (differs(a, b, "size"))
			report_attr(r, XABI_CH_FIELD_SIZE_CHANGED, a, b, on, "size", "size in bits");
		break;
	case XABI_KIND_TYPEDEF:
		if (differs(a, b, "type"))
			report_attr(r, XABI_CH_TYPEDEF_TYPE_CHANGED, a, b, on, "type", "type");
		break;
	case XABI_KIND_FUNCTION: {
		const char *ta = xabi_attr(a, "type"), *tb = xabi_attr(b, "type");
		size_t na = return_part(ta), nb = return_part(tb);

		if (na != nb || strncmp(ta, tb, na))
			report_attr(r, XABI_CH_FUNCTION_RETURN_CHANGED, a, b, on, "type", "type");
		else if (strcmp(ta + na, tb + nb))
			report_attr(r, XABI_CH_FUNCTION_PARAMS_CHANGED, a, b, on, "type", "type");
		break;
	}
	case XABI_KIND_VARIABLE:
		if (differs(a, b, "type"))
			report_attr(r, XABI_CH_VARIABLE_TYPE_CHANGED, a, b, on, "type", "type");
		break;
	default:
		break;
	}
}

/* out = a & b (same widths). */
static void intersect(struct xabi_bitset *out, const struct xabi_bitset *a,
		      const struct xabi_bitset *b)
{
	memcpy(out->words, a->words, (a->nbits + 63) / 64 * sizeof(uint64_t));
	xabi_bitset_and(out, b);
}

static void compare_entity(struct run *r, struct entity *e)
{
	struct xabi_bitset *on = new_pairs(r);

	for (size_t i = 0; i < e->a.n; i++)
		for (size_t j = 0; j < e->b.n; j++) {
			intersect(on, e->a.items[i].pairs, e->b.items[j].pairs);
			if (!xabi_bitset_empty(on))
				compare_variants(r, e->a.items[i].f, e->b.items[j].f, on);
		}
	xabi_bitset_free(on);
	/* What is left on one side only was removed or added. */
	for (size_t i = 0; i < e->a.n; i++) {
		xabi_bitset_andnot(e->a.items[i].pairs, e->pres_b);
		if (!xabi_bitset_empty(e->a.items[i].pairs))
			XABI_VEC_PUSH(&r->removed, ((struct pending){ e, &e->a.items[i] }));
	}
	for (size_t j = 0; j < e->b.n; j++) {
		xabi_bitset_andnot(e->b.items[j].pairs, e->pres_a);
		if (!xabi_bitset_empty(e->b.items[j].pairs))
			XABI_VEC_PUSH(&r->added, ((struct pending){ e, &e->b.items[j] }));
	}
}

/* A removed name and an added one that share their identity (value, or
 * offset and type): say how the meaning moved. */
static void classify_rename(struct run *r, const struct xabi_fact *a,
			    const struct xabi_fact *b, const struct xabi_bitset *on)
{
	bool enumerator = a->kind == XABI_KIND_ENUMERATOR;
	char *msg = NULL;
	enum xabi_change_id id;

	/* Across a version bump renaming is how Xen evolves an interface;
	 * the runtime view judges what the values mean. */
	if (r->bump && a->kind != XABI_KIND_FIELD)
		return;
	if (a->kind == XABI_KIND_FIELD) {
		id = looks_reserved(a->name) ? XABI_CH_FIELD_RESERVED_USED : XABI_CH_FIELD_RENAMED;
		msg = xabi_xasprintf("%s.%s is now %s (same offset %s and type %s)",
				     a->scope, a->name, b->name, xabi_attr(a, "offset"), xabi_attr(a, "type"));
	} else if (xabi_marks_unused(b)) {
		id = enumerator ? XABI_CH_ENUMERATOR_RETIRED : XABI_CH_MACRO_RETIRED;
		msg = xabi_xasprintf("value %s%s%s: %s is now %s, which marks it unused "
				     "(a clean failure at run time)", xabi_attr(a, "value"),
				     a->scope ? " of " : "", a->scope ? a->scope : "",
				     a->name, b->name);
	} else if (!a->comment || !b->comment || xabi_comment_same(a->comment, b->comment)) {
		id = enumerator ? XABI_CH_ENUMERATOR_RENAMED : XABI_CH_MACRO_RENAMED;
		msg = xabi_xasprintf("value %s%s%s: %s was renamed %s", xabi_attr(a, "value"),
				     a->scope ? " of " : "", a->scope ? a->scope : "",
				     a->name, b->name);
	} else {
		id = enumerator ? XABI_CH_ENUMERATOR_VALUE_REUSED : XABI_CH_MACRO_VALUE_REUSED;
		msg = xabi_xasprintf("value %s%s%s now means %s (\"%s\") instead of %s (\"%s\"): "
				     "code built against the old name keeps compiling and "
				     "behaves differently", xabi_attr(a, "value"),
				     a->scope ? " of " : "", a->scope ? a->scope : "",
				     b->name, b->comment, a->name, a->comment);
	}
	report(r, id, a, b, on, msg);
	free(msg);
}

/* The coarse family of a macro: its first two name components, no longer
 * than its family. TRC_HVM_VMEXIT (family TRC_HVM_) and TRC_HVM_VMX_EXIT
 * (family TRC_HVM_VMX_) are both of TRC_HVM_. */
static const char *coarse_family(const char *name, char *buf, size_t size)
{
	const char *us = strchr(name, '_');
	size_t two = us && strchr(us + 1, '_') ? (size_t)(strchr(us + 1, '_') + 1 - name) : 0;

	xabi_macro_family(name, buf, size);
	if (two && two < strlen(buf))
		buf[two] = '\0';
	return buf;
}

/* The key under which a removed and an added fact may be the same thing;
 * `coarse` widens a macro's family to its coarse family. */
static bool identity_key(struct xabi_buf *k, const struct xabi_fact *f, bool coarse)
{
	char family[128];

	xabi_buf_clear(k);
	switch (f->kind) {
	case XABI_KIND_ENUMERATOR:
		xabi_buf_cat(k, "e\x1f", f->scope ? f->scope : "", "\x1f", xabi_attr(f, "value"), NULL);
		return true;
	case XABI_KIND_MACRO:
		/* Renamed macros stay in their header and family. */
		xabi_buf_cat(k, "m\x1f", f->file, "\x1f",
			     coarse ? coarse_family(f->name, family, sizeof(family)) :
			     xabi_macro_family(f->name, family, sizeof(family)), "\x1f",
			     xabi_attr(f, "value"), NULL);
		return true;
	case XABI_KIND_FIELD:
		xabi_buf_cat(k, "f\x1f", f->scope, "\x1f", xabi_attr(f, "offset"), "\x1f",
			     xabi_attr(f, "type"), NULL);
		return true;
	default:
		return false;
	}
}

/*
 * A macro that became an enumerator of the same name and value (or the
 * reverse), as Xen's errno.h did in 4.7: consumers see no difference.
 */
static void match_kind_moves(struct run *r)
{
	struct xabi_bitset *on = new_pairs(r);

	for (size_t i = 0; i < r->removed.n; i++) {
		struct variant *rv = r->removed.items[i].v;
		enum xabi_kind other;
		const struct entity *e;

		if (rv->f->kind != XABI_KIND_MACRO && rv->f->kind != XABI_KIND_ENUMERATOR)
			continue;
		other = rv->f->kind == XABI_KIND_MACRO ? XABI_KIND_ENUMERATOR : XABI_KIND_MACRO;
		e = find_entity(r, other, NULL, rv->f->name);
		for (size_t j = 0; e && j < e->b.n; j++) {
			struct variant *av = &e->b.items[j];

			if (strcmp(xabi_attr(av->f, "value"), xabi_attr(rv->f, "value")))
				continue;
			intersect(on, rv->pairs, av->pairs);
			xabi_bitset_andnot(rv->pairs, on);
			xabi_bitset_andnot(av->pairs, on);
		}
	}
	xabi_bitset_free(on);
}

/* A removed or an added variant holding one pair, under its identity key. */
struct holder {
	size_t key, pair, index;
	bool added;
};

struct holders {
	struct holder *items;
	size_t n, cap, n_keys;
	struct xabi_map *keys; /* identity key -> 1 + its number */
};

/* Removal `removed` and addition `added` explain each other on `pair`. */
struct meeting {
	size_t removed, added, pair;
};

static int holder_cmp(const void *pa, const void *pb)
{
	const struct holder *a = pa, *b = pb;

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	if (a->pair != b->pair)
		return a->pair < b->pair ? -1 : 1;
	if (a->added != b->added)
		return a->added ? 1 : -1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static int meeting_cmp(const void *pa, const void *pb)
{
	const struct meeting *a = pa, *b = pb;

	if (a->removed != b->removed)
		return a->removed < b->removed ? -1 : 1;
	if (a->added != b->added)
		return a->added < b->added ? -1 : 1;
	return a->pair < b->pair ? -1 : a->pair > b->pair;
}

/* Every pair of each variant of `list` that has an identity key, keyed. */
static void add_holders(struct holders *h, const struct pendings *list, bool added,
			bool coarse, struct xabi_buf *k)
{
	for (size_t i = 0; i < list->n; i++) {
		const struct variant *v = list->items[i].v;
		size_t key;

		if (!identity_key(k, v->f, coarse) || (coarse && v->f->kind != XABI_KIND_MACRO))
			continue;
		key = (uintptr_t)xabi_map_get(h->keys, xabi_buf_cstr(k));
		if (!key && !added)
			continue; /* no addition has it */
		if (!key) {
			key = ++h->n_keys;
			xabi_map_put(h->keys, xabi_buf_cstr(k), (void *)(uintptr_t)key);
		}
		for (size_t p = xabi_bitset_next(v->pairs, 0); p < v->pairs->nbits;
		     p = xabi_bitset_next(v->pairs, p + 1))
			XABI_VEC_PUSH(h, ((struct holder){ key, p, i, added }));
	}
}

/* Whether two names end alike (VMEXIT, VMX_EXIT): across families, a
 * shared value alone is too weak a sign of a rename (4.9 dropped
 * XEN_SYSCTL_TMEM_OP_QUERY_FREEABLE_MB and added XEN_SYSCTL_PHYSCAP_hap,
 * both 8). */
static bool similar_tail(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), n = 0;

	while (n < la && n < lb && a[la - 1 - n] == b[lb - 1 - n])
		n++;
	return n >= 4;
}

/*
 * Pair removed names with added ones of the same identity. Removals are
 * taken in order, and each takes, pair by pair, the first addition that
 * still holds that pair: so on one pair the k-th removal holding it meets
 * the k-th addition holding it. Sorting the holders by key and pair finds
 * every meeting in n log n, where trying each addition of a key for each
 * removal of it was quadratic (50,000 enumerators of one value: 20 s).
 */
static void match_renames(struct run *r, bool coarse)
{
	struct holders h = { .keys = xabi_map_new(256) };
	XABI_VEC(struct meeting) m = { 0 };
	struct xabi_buf k = XABI_BUF_INIT;
	struct xabi_bitset *on = new_pairs(r);

	add_holders(&h, &r->added, true, coarse, &k);
	add_holders(&h, &r->removed, false, coarse, &k);
	if (h.n)
		qsort(h.items, h.n, sizeof(*h.items), holder_cmp);
	for (size_t i = 0, j; i < h.n; i = j) {
		size_t first_added;

		for (j = i; j < h.n && h.items[j].key == h.items[i].key &&
			    h.items[j].pair == h.items[i].pair; j++)
			;
		for (first_added = i; first_added < j && !h.items[first_added].added; first_added++)
			;
		for (size_t a = i, b = first_added; a < first_added && b < j; a++, b++)
			XABI_VEC_PUSH(&m, ((struct meeting){ h.items[a].index, h.items[b].index,
							  h.items[a].pair }));
	}
	if (m.n)
		qsort(m.items, m.n, sizeof(*m.items), meeting_cmp);
	for (size_t i = 0, j; i < m.n; i = j) {
		struct variant *rv = r->removed.items[m.items[i].removed].v;
		struct variant *av = r->added.items[m.items[i].added].v;

		xabi_bitset_andnot(on, on);
		for (j = i; j < m.n && m.items[j].removed == m.items[i].removed &&
			    m.items[j].added == m.items[i].added; j++)
			xabi_bitset_set(on, m.items[j].pair);
		if (coarse && !similar_tail(rv->f->name, av->f->name))
			continue;
		classify_rename(r, rv->f, av->f, on);
		xabi_bitset_andnot(rv->pairs, on);
		xabi_bitset_andnot(av->pairs, on);
	}
	xabi_bitset_free(on);
	xabi_buf_release(&k);
	free(h.items);
	free(m.items);
	xabi_map_free(h.keys);
}

/* Drop from `pairs` those where the enclosing record or enum of f is
 * missing on the given side: its own addition or removal says it all. */
static void without_missing_parent(const struct run *r, const struct xabi_fact *f,
				   struct xabi_bitset *pairs, bool side_b)
{
	struct entity *parent;

	if (!f->scope || (f->kind != XABI_KIND_FIELD && f->kind != XABI_KIND_ENUMERATOR))
		return;
	parent = find_entity(r, f->kind == XABI_KIND_FIELD ? XABI_KIND_RECORD : XABI_KIND_ENUM,
			     NULL, f->scope);
	if (!parent)
		return;
	/* Keep only pairs where the parent exists on that side. */
	xabi_bitset_and(pairs, side_b ? parent->pres_b : parent->pres_a);
}

/* Pairs where the header of f broke on side B: reported once as
 * header.unparsed, not as the removal of everything in it. */
static void without_unparsed(const struct run *r, const struct xabi_fact *f,
			     struct xabi_bitset *pairs)
{
	const struct xabi_bitset *broken = xabi_map_get(r->unparsed, f->file);

	if (broken)
		xabi_bitset_andnot(pairs, broken);
}

/*
 * Field f, gone from its side, named by its path on the other as g (at
 * bit offset `there` from the record's start) through a member whose
 * anonymous type got a name, or lost it: not a removal, but whatever
 * changed along the path. Offsets are the record's, not g's own record's.
 */
static void report_path_change(struct run *r, const struct xabi_fact *f,
			       const struct xabi_fact *g, unsigned long long there,
			       bool f_is_old, const struct xabi_bitset *on)
{
	const struct xabi_fact *a = f_is_old ? f : g, *b = f_is_old ? g : f;
	unsigned long long here = strtoull(xabi_attr(f, "offset"), NULL, 10);
	unsigned long long off_a = f_is_old ? here : there, off_b = f_is_old ? there : here;
	char *msg = NULL;

	if (looks_reserved(f->name) && record_keeps_size(r, f, on))
		msg = xabi_xasprintf("%s.%s shrank from %s at bit %llu to %s at bit %llu; the record "
				     "keeps its size, so its space went to new fields", f->scope,
				     f->name, xabi_attr(a, "type"), off_a, xabi_attr(b, "type"), off_b);
	if (msg) {
		report(r, XABI_CH_FIELD_RESERVED_USED, a, b, on, msg);
		free(msg);
		return;
	}
	if (off_a != off_b) {
		msg = xabi_xasprintf("%s.%s: bit offset %llu -> %llu", f->scope, f->name, off_a, off_b);
		report(r, XABI_CH_FIELD_OFFSET_CHANGED, a, b, on, msg);
		free(msg);
	}
	if (differs(a, b, "type"))
		report_type_change(r, a, b, on);
}

/*
 * Drop from `pairs` those where field f, gone from its side, is still
 * named by its path on the other: an anonymous member's type was given a
 * name (or a named one was made anonymous), and `ev.data.note` still
 * compiles. Where it reads the same type at the same place, nothing
 * changed; elsewhere, what changed is reported as such.
 */
static void without_same_path(struct run *r, const struct xabi_fact *f,
			      struct xabi_bitset *pairs, bool other_b)
{
	const char *type = xabi_attr(f, "type");
	unsigned long long offset = strtoull(xabi_attr(f, "offset"), NULL, 10);
	const struct xabi_fact **g;
	unsigned long long *there;

	if (f->kind != XABI_KIND_FIELD || !strchr(f->name, '.'))
		return;
	g = xabi_xcalloc(pairs->nbits + 1, sizeof(*g));
	there = xabi_xcalloc(pairs->nbits + 1, sizeof(*there));
	for (size_t p = xabi_bitset_next(pairs, 0); p < pairs->nbits;
	     p = xabi_bitset_next(pairs, p + 1))
		g[p] = field_at_path(r, f->scope, f->name, p, other_b, &there[p]);
	for (size_t p = xabi_bitset_next(pairs, 0); p < pairs->nbits;
	     p = xabi_bitset_next(pairs, p + 1)) {
		struct xabi_bitset *on;

		if (!g[p])
			continue;
		on = new_pairs(r);
		/* The pairs where the path leads to the same field, the same way. */
		for (size_t q = p; q < pairs->nbits; q = xabi_bitset_next(pairs, q + 1))
			if (g[q] == g[p] && there[q] == there[p])
				xabi_bitset_set(on, q);
		if (there[p] != offset || strcmp(xabi_attr(g[p], "type"), type))
			report_path_change(r, f, g[p], there[p], other_b, on);
		xabi_bitset_andnot(pairs, on);
		for (size_t q = xabi_bitset_next(on, 0); q < on->nbits; q = xabi_bitset_next(on, q + 1))
			g[q] = NULL;
		xabi_bitset_free(on);
	}
	free(g);
	free(there);
}

static const struct xabi_config *side_config(const struct run *r, size_t p, bool side_b)
{
	return side_b ? &r->b->configs[r->pairs->items[p].b] :
		&r->a->configs[r->pairs->items[p].a];
}

/*
 * Is entity e on side B, for the arch of pair p, at another audience but
 * the same interface version (it moved between audiences), or at least
 * somewhere for that arch (it moved between versions)?
 */
static bool on_b_for_arch(const struct run *r, const struct entity *e, size_t p,
			  bool other_audience_same_version)
{
	const struct xabi_config *k = side_config(r, p, true);
	uint64_t v = xabi_corpus_partition_rep(r->b, k->partition);

	for (size_t q = xabi_bitset_next(e->pres_b, 0); q < e->pres_b->nbits;
	     q = xabi_bitset_next(e->pres_b, q + 1)) {
		const struct xabi_config *kq = side_config(r, q, true);
		const struct xabi_partition *pq = &r->b->partitions[kq->partition];

		if (kq->arch != k->arch)
			continue;
		if (!other_audience_same_version)
			return true;
		if (kq->audience != k->audience && v >= pq->lo && v < pq->hi)
			return true;
	}
	return false;
}

/* A field that is gone breaks binaries only if the layout moved; either
 * way it breaks the consumers' source (the name is gone): say which. */
static void report_field_removal(struct run *r, const struct xabi_fact *f,
				 const struct xabi_bitset *pairs)
{
	struct xabi_bitset *kept = new_pairs(r), *moved = new_pairs(r);
	char *msg;

	struct xabi_bitset *one = new_pairs(r);

	for (size_t p = xabi_bitset_next(pairs, 0); p < pairs->nbits;
	     p = xabi_bitset_next(pairs, p + 1)) {
		xabi_bitset_clear_bit(one, p ? p - 1 : 0);
		xabi_bitset_set(one, p);
		xabi_bitset_set(record_keeps_size(r, f, one) ? kept : moved, p);
		xabi_bitset_clear_bit(one, p);
	}
	xabi_bitset_free(one);
	msg = xabi_xasprintf("field %s.%s was removed (the record keeps its size: compiled "
			     "consumers are unaffected, those that name it stop compiling)",
			     f->scope, f->name);
	if (!xabi_bitset_empty(kept))
		report(r, XABI_CH_FIELD_REMOVED, f, NULL, kept, msg);
	free(msg);
	msg = xabi_xasprintf("field %s.%s was removed", f->scope, f->name);
	if (!xabi_bitset_empty(moved))
		report(r, XABI_CH_FIELD_REMOVED, f, NULL, moved, msg);
	free(msg);
	xabi_bitset_free(kept);
	xabi_bitset_free(moved);
}

static void report_removal(struct run *r, const struct pending *pd)
{
	const struct xabi_fact *f = pd->v->f;
	struct xabi_bitset *gate = new_pairs(r), *audience = new_pairs(r), *gone = new_pairs(r);
	char *msg;

	without_missing_parent(r, f, pd->v->pairs, true);
	without_unparsed(r, f, pd->v->pairs);
	without_same_path(r, f, pd->v->pairs, true);
	if (f->kind == XABI_KIND_FIELD) {
		if (!xabi_bitset_empty(pd->v->pairs))
			report_field_removal(r, f, pd->v->pairs);
		goto out;
	}
	for (size_t p = xabi_bitset_next(pd->v->pairs, 0); p < pd->v->pairs->nbits;
	     p = xabi_bitset_next(pd->v->pairs, p + 1)) {
		if (r->bump)
			xabi_bitset_set(gone, p);
		else if (on_b_for_arch(r, pd->e, p, true))
			xabi_bitset_set(audience, p);
		else if (on_b_for_arch(r, pd->e, p, false))
			xabi_bitset_set(gate, p);
		else
			xabi_bitset_set(gone, p);
	}
	msg = xabi_xasprintf("%s %s%s%s is no longer visible at interface versions that saw it",
			     xabi_kind_name(f->kind), f->scope ? f->scope : "",
			     f->scope ? "." : "", f->name);
	if (!xabi_bitset_empty(gate))
		report(r, XABI_CH_ENTITY_VERSION_GATE_CHANGED, f, NULL, gate, msg);
	free(msg);
	msg = xabi_xasprintf("%s %s%s%s is no longer visible to an audience that saw it, "
			     "though others still see it", xabi_kind_name(f->kind),
			     f->scope ? f->scope : "", f->scope ? "." : "", f->name);
	if (!xabi_bitset_empty(audience))
		report(r, XABI_CH_ENTITY_AUDIENCE_CHANGED, f, NULL, audience, msg);
	free(msg);
	msg = xabi_xasprintf("%s %s%s%s was removed", xabi_kind_name(f->kind),
			     f->scope ? f->scope : "", f->scope ? "." : "", f->name);
	if (!xabi_bitset_empty(gone))
		report(r, removed_id[f->kind], f, NULL, gone, msg);
	free(msg);
out:
	xabi_bitset_free(gate);
	xabi_bitset_free(audience);
	xabi_bitset_free(gone);
}

/* The new-side macros of one family with one value, in entity order. */
struct same_value_item {
	const struct entity *e;
	const struct xabi_fact *f;
};

struct same_value {
	XABI_VEC(struct same_value_item) v;
};

static const char *family_value_key(struct xabi_buf *k, const struct xabi_fact *f)
{
	char family[128];

	xabi_buf_clear(k);
	xabi_buf_cat(k, xabi_macro_family(f->name, family, sizeof(family)), "\x1f",
		     xabi_attr(f, "value"), NULL);
	return xabi_buf_cstr(k);
}

/* Index the new side's macros by family and value, once: additions are
 * many and entities thousands, so a scan per addition would be quadratic.
 * Only macros the old side has too can collide: thousands of new macros of
 * one value would otherwise each look at all the others. */
static void index_macro_values(struct run *r)
{
	r->macro_values = xabi_map_new(4096);
	for (size_t i = 0; i < r->n_entities; i++) {
		const struct entity *e = r->entities[i];

		if (e->kind != XABI_KIND_MACRO || xabi_bitset_empty(e->pres_a))
			continue;
		for (size_t j = 0; j < e->b.n; j++) {
			const char *key = family_value_key(&r->key, e->b.items[j].f);
			struct same_value *sv = xabi_map_get(r->macro_values, key);

			if (!sv) {
				sv = xabi_xcalloc(1, sizeof(*sv));
				xabi_map_put(r->macro_values, key, sv);
				XABI_VEC_PUSH(&r->same_values, sv);
			}
			XABI_VEC_PUSH(&sv->v, ((struct same_value_item){ e, e->b.items[j].f }));
		}
	}
}

/* Another macro of the same family that has this value on both sides. */
static const struct xabi_fact *colliding_macro(struct run *r,
					       const struct xabi_fact *f,
					       const struct xabi_bitset *pairs)
{
	const struct same_value *sv;

	if (!r->macro_values)
		index_macro_values(r);
	sv = xabi_map_get(r->macro_values, family_value_key(&r->key, f));
	for (size_t i = 0; sv && i < sv->v.n; i++) {
		const struct entity *e = sv->v.items[i].e;
		/* Its variants' pair sets have shrunk to what is left
		 * unexplained; ask afresh where it holds. */
		struct xabi_bitset *both;
		size_t stem;
		bool hit;

		/* A bound that names its family's last item (XEN_DOMCTL_CDF_MAX)
		 * shares that item's value by design. */
		if (e->name == f->name || bound_role(e->name, &stem) != NOT_BOUND ||
		    !(both = pairs_of(r, sv->v.items[i].f, true)))
			continue;
		xabi_bitset_and(both, e->pres_a);
		xabi_bitset_and(both, pairs);
		hit = !xabi_bitset_empty(both);
		xabi_bitset_free(both);
		if (hit)
			return sv->v.items[i].f;
	}
	return NULL;
}

static void report_addition(struct run *r, const struct pending *pd)
{
	const struct xabi_fact *f = pd->v->f, *other;
	char *msg;

	without_missing_parent(r, f, pd->v->pairs, false);
	without_same_path(r, f, pd->v->pairs, false);
	if (xabi_bitset_empty(pd->v->pairs))
		return;
	if (f->kind == XABI_KIND_ENUMERATOR || f->kind == XABI_KIND_MACRO)
		msg = xabi_xasprintf("%s %s%s%s = %s was added", xabi_kind_name(f->kind),
				     f->scope ? f->scope : "", f->scope ? "." : "", f->name,
				     xabi_attr(f, "value"));
	else
		msg = xabi_xasprintf("%s %s%s%s was added", xabi_kind_name(f->kind),
				     f->scope ? f->scope : "", f->scope ? "." : "", f->name);
	report(r, added_id[f->kind], NULL, f, pd->v->pairs, msg);
	free(msg);
	if (f->kind == XABI_KIND_MACRO && !r->bump &&
	    (other = colliding_macro(r, f, pd->v->pairs))) {
		msg = xabi_xasprintf("%s = %s now shares its value with %s", f->name,
				     xabi_attr(f, "value"), other->name);
		report(r, XABI_CH_MACRO_COLLISION, NULL, f, pd->v->pairs, msg);
		free(msg);
	}
}

/* Report header n of side B as unparsed on `broken` (pairs): where side A
 * parsed it, or where it is new (no consumer of it exists yet, but it is
 * not compared either). */
static void report_unparsed(struct run *r, const struct xabi_header_note *n,
			    struct xabi_bitset *broken, bool is_new)
{
	/* The message is "path:line:col: text" (clang/parse.c); one from a
	 * dump may be anything. */
	size_t len = strlen(n->path);
	const char *at = n->message + len;
	unsigned line = !strncmp(n->message, n->path, len) && *at == ':' ?
		(unsigned)strtoul(at + 1, NULL, 10) : 0;
	const struct xabi_fact *stand_in =
		xabi_diff_stand_in(r->s->diff, XABI_KIND_HEADER, n->path, n->path, line,
				   n->message);

	if (is_new)
		xabi_sink_add(r->s, XABI_CH_HEADER_UNPARSED_NEW, NULL, stand_in, broken,
			      "%s is new and does not parse: %s", n->path, n->message);
	else
		xabi_sink_add(r->s, XABI_CH_HEADER_UNPARSED, NULL, stand_in, broken,
			      "%s parsed in the old tree but not in the new one: %s",
			      n->path, n->message);
}

/* Headers that parsed on side A and failed on side B, per pair; and new
 * headers that fail on side B. */
static void find_unparsed(struct run *r)
{
	for (size_t i = 0; i < r->b->n_notes; i++) {
		const struct xabi_header_note *n = &r->b->notes[i];
		struct xabi_bitset *broken;
		const struct xabi_header *h = NULL;

		if (n->state != XABI_HEADER_FAILED)
			continue;
		for (size_t j = 0; j < r->a->n_headers && !h; j++)
			if (!strcmp(r->a->headers[j].path, n->path))
				h = &r->a->headers[j];
		broken = xabi_map_get(r->unparsed, n->path);
		if (!broken) {
			broken = new_pairs(r);
			xabi_map_put(r->unparsed, n->path, broken);
			r->broken = xabi_xrealloc(r->broken, (r->n_broken + 1) * sizeof(*r->broken));
			r->broken[r->n_broken++] = broken;
		}
		for (size_t p = 0; p < r->pairs->n; p++)
			if ((!h || xabi_bitset_test(h->parsed, r->pairs->items[p].a)) &&
			    xabi_bitset_test(n->where, r->pairs->items[p].b))
				xabi_bitset_set(broken, p);
		if (!xabi_bitset_empty(broken))
			report_unparsed(r, n, broken, !h);
	}
}

void xabi_compare_by_name(struct xabi_sink *s, const struct xabi_corpus *a,
			  const struct xabi_corpus *b)
{
	struct run r = {
		.s = s, .a = a, .b = b, .pairs = s->pairs,
		.index = xabi_map_new(8192), .unparsed = xabi_map_new(64),
		.pairs_by_set = { xabi_xcalloc(a->n_sets + 1, sizeof(struct xabi_bitset *)),
				  xabi_xcalloc(b->n_sets + 1, sizeof(struct xabi_bitset *)) },
		.bump = s->view == XABI_VIEW_BUMP,
	};

	if (!r.pairs->n)
		goto out;
	for (size_t i = 0; i < a->n_facts; i++)
		add_fact(&r, a->facts[i], false);
	for (size_t i = 0; i < b->n_facts; i++)
		add_fact(&r, b->facts[i], true);
	/* A header that stopped parsing is a release matter; and only
	 * this view makes stand-in facts (which the diff owns). */
	if (!r.bump)
		find_unparsed(&r);
	for (size_t i = 0; i < r.n_entities; i++)
		compare_entity(&r, r.entities[i]);
	match_kind_moves(&r);
	/* Renames within a family first; what is left may have moved to a
	 * sub-family (TRC_HVM_VMEXIT to TRC_HVM_VMX_EXIT). */
	match_renames(&r, false);
	match_renames(&r, true);
	for (size_t i = 0; i < r.removed.n; i++)
		if (!xabi_bitset_empty(r.removed.items[i].v->pairs))
			report_removal(&r, &r.removed.items[i]);
	for (size_t i = 0; i < r.added.n; i++)
		if (!xabi_bitset_empty(r.added.items[i].v->pairs))
			report_addition(&r, &r.added.items[i]);
out:
	for (size_t i = 0; i < r.n_entities; i++) {
		struct entity *e = r.entities[i];

		for (size_t j = 0; j < e->a.n; j++)
			xabi_bitset_free(e->a.items[j].pairs);
		for (size_t j = 0; j < e->b.n; j++)
			xabi_bitset_free(e->b.items[j].pairs);
		free(e->a.items);
		free(e->b.items);
		xabi_bitset_free(e->pres_a);
		xabi_bitset_free(e->pres_b);
		free(e);
	}
	free(r.entities);
	free(r.removed.items);
	free(r.added.items);
	for (size_t i = 0; i < a->n_sets; i++)
		xabi_bitset_free(r.pairs_by_set[0][i]);
	for (size_t i = 0; i < b->n_sets; i++)
		xabi_bitset_free(r.pairs_by_set[1][i]);
	free(r.pairs_by_set[0]);
	free(r.pairs_by_set[1]);
	for (size_t i = 0; i < r.same_values.n; i++) {
		free(r.same_values.items[i]->v.items);
		free(r.same_values.items[i]);
	}
	free(r.same_values.items);
	xabi_map_free(r.macro_values);
	xabi_buf_release(&r.key);
	for (size_t i = 0; i < r.n_broken; i++)
		xabi_bitset_free(r.broken[i]);
	free(r.broken);
	xabi_map_free(r.unparsed);
	xabi_map_free(r.index);
}
