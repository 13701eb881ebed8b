/* SPDX-License-Identifier: MIT */
/*
 * Findings: one root change and the changes it explains (docs/design.md,
 * "One root change, one finding"). A maintainer reads the root; the changes it
 * explains are listed under it and not counted on their own, and the XML
 * report keeps each with its own where, so a bot loses nothing.
 *
 * What explains what, besides the policies (a version macro that was not
 * raised explains the changes of its header):
 *  - a header that is gone explains the removal of all it declared, a
 *    library that is gone the removal of its symbols, and a package that
 *    is gone the removal of its libraries (through its first library);
 *  - the same entity changed twice (another arch, another view, another
 *    kind): the first in report order explains the others;
 *  - a record's change explains its fields' changes, an enum's its
 *    enumerators'; without one, a record's first field change explains
 *    the others (they changed together);
 *  - a typedef follows the type it names;
 *  - a record that embeds a record that changed layout changes layout
 *    with it; one that embeds or points at a record that is gone or moved
 *    behind a gate goes or moves with it (the handle types
 *    DEFINE_XEN_GUEST_HANDLE generates point at their type).
 * An explanation across entities needs the two to overlap in where they
 * apply; none hides a change under a less severe one.
 *
 * One file past 500 lines: the rules above are one pass over one index of
 * the changes (by entity, by record, by header), each rule reading what
 * the ones before it linked; split, every part would share that index
 * and the order it is built in.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/map.h"
#include "compare.h"

/* A field's type, as far as explaining goes: the type it names and
 * whether it holds it (by value, or an array of it) or points at it. */
struct type_ref {
	const char *field, *base;
	bool pointer;
};

struct record_refs {
	XABI_VEC(struct type_ref) refs;
};

/* The first change about an entity, in report order, and where all of
 * the entity's changes apply. */
struct first {
	size_t index;
	struct xabi_bitset *where;
};

struct group_run {
	struct xabi_diff *d;
	struct xabi_map *firsts;   /* entity key -> struct first */
	XABI_VEC(struct first *) all_firsts;
	struct xabi_map *records;  /* record name -> struct record_refs */
	struct xabi_map *typedefs; /* typedef name -> the type it names */
	XABI_VEC(struct record_refs *) all;
	XABI_VEC(char *) strings;
	struct xabi_buf key;
	bool indexed; /* records and typedefs, built when first asked */
};

static bool is_layout_change(enum xabi_change_id k)
{
	return k == XABI_CH_RECORD_SIZE_CHANGED || k == XABI_CH_RECORD_ALIGN_CHANGED ||
	       k == XABI_CH_RECORD_KIND_CHANGED || k == XABI_CH_TYPEDEF_TYPE_CHANGED ||
	       k == XABI_CH_RECORD_ARCH_DIVERGENCE;
}

static bool is_disappearance(enum xabi_change_id k)
{
	return k == XABI_CH_RECORD_REMOVED || k == XABI_CH_TYPEDEF_REMOVED ||
	       k == XABI_CH_ENUM_REMOVED || k == XABI_CH_ENTITY_VERSION_GATE_CHANGED ||
	       k == XABI_CH_ENTITY_AUDIENCE_CHANGED;
}

/* Changes about an entity of a header or a library (not a policy, not a
 * whole header). */
static bool about_entity(const struct xabi_change *c)
{
	return (c->entity <= XABI_KIND_VARIABLE || c->entity == XABI_KIND_LIBRARY ||
		c->entity == XABI_KIND_SYMBOL) && c->kind != XABI_CH_HEADER_UNPARSED &&
	       c->kind != XABI_CH_POLICY_VERSION_NOT_BUMPED &&
	       c->kind != XABI_CH_POLICY_UNGATED_CHANGE;
}

static const char *entity_key(struct group_run *g, enum xabi_kind kind, const char *scope,
			      const char *name)
{
	xabi_buf_clear(&g->key);
	xabi_buf_printf(&g->key, "%d\x1f%s\x1f%s", (int)kind, scope ? scope : "", name);
	return xabi_buf_cstr(&g->key);
}

/* The first change about this entity, or NULL. */
static const struct first *first_of(struct group_run *g, enum xabi_kind kind,
				    const char *scope, const char *name)
{
	return xabi_map_get(g->firsts, entity_key(g, kind, scope, name));
}

/* 1 + the index of the first change about this entity, 0 for none. */
static size_t root_of(struct group_run *g, enum xabi_kind kind, const char *scope,
		      const char *name)
{
	const struct first *f = first_of(g, kind, scope, name);

	return f ? f->index + 1 : 0;
}

/* Note change i as one about the entity: the first one, or explained by
 * the first one. */
static void note_entity(struct group_run *g, size_t i, enum xabi_kind kind,
			const char *scope, const char *name)
{
	const char *key = entity_key(g, kind, scope, name);
	struct first *f = xabi_map_get(g->firsts, key);

	if (!f) {
		f = xabi_xcalloc(1, sizeof(*f));
		*f = (struct first){ i, xabi_bitset_dup(g->d->changes[i].where) };
		xabi_map_put(g->firsts, key, f);
		XABI_VEC_PUSH(&g->all_firsts, f);
		return;
	}
	xabi_bitset_or(f->where, g->d->changes[i].where);
	if (*name) /* the same entity; "" groups a record's fields, below */
		xabi_diff_explain(g->d, i, f->index);
}

/* "const struct xen_foo *" -> "xen_foo", pointer; "uint8_t[16]" -> "uint8_t". */
static struct type_ref parse_type(struct group_run *g, const char *field, const char *type)
{
	static const char *const skip[] = { "const ", "volatile ", "struct ", "union ",
					    "enum ", NULL };
	struct type_ref t = { field, NULL, strchr(type, '*') != NULL };
	size_t len;
	char *base;

	for (bool again = true; again;) {
		again = false;
		for (const char *const *w = skip; *w; w++)
			if (!strncmp(type, *w, strlen(*w))) {
				type += strlen(*w);
				again = true;
			}
	}
	len = strcspn(type, " *[(");
	base = xabi_xasprintf("%.*s", (int)len, type);
	XABI_VEC_PUSH(&g->strings, base);
	t.base = base;
	return t;
}

static void index_corpus(struct group_run *g, const struct xabi_corpus *c)
{
	for (size_t i = 0; i < c->n_facts; i++) {
		const struct xabi_fact *f = c->facts[i];
		const char *type = xabi_fact_attr(f, "type");
		struct record_refs *r;

		if (!type)
			continue;
		if (f->kind == XABI_KIND_TYPEDEF && !xabi_map_get(g->typedefs, f->name)) {
			xabi_map_put(g->typedefs, f->name, (void *)parse_type(g, NULL, type).base);
			continue;
		}
		if (f->kind != XABI_KIND_FIELD || !f->scope)
			continue;
		r = xabi_map_get(g->records, f->scope);
		if (!r) {
			r = xabi_xcalloc(1, sizeof(*r));
			xabi_map_put(g->records, f->scope, r);
			XABI_VEC_PUSH(&g->all, r);
		}
		XABI_VEC_PUSH(&r->refs, parse_type(g, f->name, type));
	}
}

/* The records' field types and the typedefs of both sides, indexed once
 * and only when a change asks: most diffs of a patch never do. */
static void ensure_indexed(struct group_run *g)
{
	if (g->indexed)
		return;
	g->indexed = true;
	index_corpus(g, g->d->new);
	index_corpus(g, g->d->old);
}

/* The change that explains a change of something holding or pointing at
 * type `base` (through typedefs): 1 + its index, or 0. */
static size_t change_of_type(struct group_run *g, const char *base, bool pointer,
			     const struct xabi_change *c)
{
	ensure_indexed(g);
	for (int depth = 0; base && *base && depth < 8; depth++) {
		static const enum xabi_kind kinds[] = { XABI_KIND_RECORD, XABI_KIND_TYPEDEF,
							XABI_KIND_ENUM };

		for (size_t k = 0; k < sizeof(kinds) / sizeof(*kinds); k++) {
			size_t r = root_of(g, kinds[k], NULL, base);
			enum xabi_change_id why = r ? g->d->changes[r - 1].kind : XABI_CH_COUNT;

			if (r && is_disappearance(c->kind) && is_disappearance(why))
				return r;
			if (r && !pointer && !is_disappearance(c->kind) && is_layout_change(why))
				return r;
		}
		base = xabi_map_get(g->typedefs, base);
	}
	return 0;
}

/* What explains a change of record `name` (or of one of its fields, or of
 * field `field` only when it is set): a type it holds or points at. */
static size_t change_of_member(struct group_run *g, const char *record, const char *field,
			       const struct xabi_change *c)
{
	const struct record_refs *r;
	size_t found = 0;

	ensure_indexed(g);
	r = xabi_map_get(g->records, record);

	for (size_t i = 0; r && i < r->refs.n && !found; i++)
		if (!field || !strcmp(field, r->refs.items[i].field))
			found = change_of_type(g, r->refs.items[i].base, r->refs.items[i].pointer, c);
	return found;
}

/* A value that changed meaning (renamed, retired, reused, ambiguous
 * between versions) is one root change, whichever view saw it: group by
 * the value in its enum, or in its macro family. */
static void note_value(struct group_run *g, size_t i)
{
	static const enum xabi_change_id kinds[] = {
		XABI_CH_ENUMERATOR_RENAMED, XABI_CH_ENUMERATOR_RETIRED,
		XABI_CH_ENUMERATOR_VALUE_REUSED, XABI_CH_ENUMERATOR_VERSION_AMBIGUOUS,
		XABI_CH_MACRO_RENAMED, XABI_CH_MACRO_RETIRED, XABI_CH_MACRO_VALUE_REUSED,
		XABI_CH_MACRO_VERSION_AMBIGUOUS,
	};
	const struct xabi_change *c = &g->d->changes[i];
	const char *value = c->old ? xabi_fact_attr(c->old, "value") : NULL;
	char family[128], *scope;
	bool meaning = false;

	for (size_t k = 0; k < sizeof(kinds) / sizeof(*kinds); k++)
		meaning |= c->kind == kinds[k];
	if (!meaning || !value)
		return;
	scope = xabi_xasprintf("=%s", c->entity == XABI_KIND_ENUMERATOR ?
			       (c->old->scope ? c->old->scope : "") :
			       xabi_macro_family(c->old->name, family, sizeof(family)));
	note_entity(g, i, c->entity, scope, value);
	free(scope);
}

/* Let the entity whose first change is `by` - 1 explain change i, where
 * the two overlap. */
static void explain_by(struct group_run *g, size_t i, size_t by)
{
	const struct xabi_change *c = by ? &g->d->changes[by - 1] : NULL;
	const struct first *f = c ? first_of(g, c->entity, c->scope, c->name) : NULL;

	if (f && xabi_bitset_intersects(g->d->changes[i].where, f->where))
		xabi_diff_explain(g->d, i, by - 1);
}

/* The same, for the first field change of record `scope`. */
static void explain_by_fields(struct group_run *g, size_t i, const char *scope)
{
	const struct first *f = first_of(g, XABI_KIND_FIELD, scope, "");

	if (f && xabi_bitset_intersects(g->d->changes[i].where, f->where))
		xabi_diff_explain(g->d, i, f->index);
}

static void explain_one(struct group_run *g, size_t i)
{
	const struct xabi_change *c = &g->d->changes[i];
	const struct xabi_fact *f = c->new ? c->new : c->old;

	switch (c->entity) {
	case XABI_KIND_FIELD:
		explain_by(g, i, change_of_member(g, c->scope, c->name, c));
		explain_by(g, i, root_of(g, XABI_KIND_RECORD, NULL, c->scope));
		explain_by(g, i, change_of_member(g, c->scope, NULL, c));
		/* Fields of one record that changed together: one finding. */
		explain_by_fields(g, i, c->scope);
		break;
	case XABI_KIND_ENUMERATOR:
		explain_by(g, i, root_of(g, XABI_KIND_ENUM, NULL, c->scope));
		break;
	case XABI_KIND_TYPEDEF: {
		const char *type = f ? xabi_fact_attr(f, "type") : NULL;
		const char *base = type ? parse_type(g, NULL, type).base : "";

		/* A typedef of an anonymous record gives the record its name. */
		if (!*base)
			explain_by(g, i, root_of(g, XABI_KIND_RECORD, NULL, c->name));
		else
			explain_by(g, i, change_of_type(g, base, strchr(type, '*') != NULL, c));
		break;
	}
	case XABI_KIND_RECORD:
		explain_by(g, i, change_of_member(g, c->name, NULL, c));
		break;
	case XABI_KIND_SYMBOL: /* a library that is gone takes its symbols */
		explain_by(g, i, root_of(g, XABI_KIND_LIBRARY, NULL, c->scope));
		break;
	default:
		break;
	}
}

static void release_run(struct group_run *g)
{
	for (size_t i = 0; i < g->all.n; i++) {
		free(g->all.items[i]->refs.items);
		free(g->all.items[i]);
	}
	free(g->all.items);
	for (size_t i = 0; i < g->strings.n; i++)
		free(g->strings.items[i]);
	free(g->strings.items);
	for (size_t i = 0; i < g->all_firsts.n; i++) {
		xabi_bitset_free(g->all_firsts.items[i]->where);
		free(g->all_firsts.items[i]);
	}
	free(g->all_firsts.items);
	xabi_map_free(g->firsts);
	xabi_map_free(g->records);
	xabi_map_free(g->typedefs);
	xabi_buf_release(&g->key);
}

/* Does the chain of causes from `from` reach `target`? */
static bool leads_to(const struct xabi_diff *d, size_t from, size_t target)
{
	for (size_t steps = 0; steps <= d->n_changes; steps++) {
		if (from == target)
			return true;
		if (!d->changes[from].cause)
			return false;
		from = d->changes[from].cause - 1;
	}
	return true; /* a loop: treat it as reaching */
}

void xabi_diff_explain(struct xabi_diff *d, size_t consequence, size_t cause)
{
	struct xabi_change *c = &d->changes[consequence];
	const struct xabi_change *r = &d->changes[cause];

	if (c->cause || c->severity > r->severity || leads_to(d, cause, consequence))
		return;
	c->cause = cause + 1;
}

/* The root of change i: follow its causes. */
static size_t root(const struct xabi_diff *d, size_t i)
{
	while (d->changes[i].cause)
		i = d->changes[i].cause - 1;
	return i;
}

/* Move every explained change under its root; roots keep their order.
 * One root may explain tens of thousands of changes: count them first,
 * so that each root's list is allocated once, not grown one by one. */
static void move_under_roots(struct xabi_diff *d)
{
	size_t kept = 0, *at = xabi_xcalloc(d->n_changes + 1, sizeof(*at));
	size_t *root_of = xabi_xcalloc(d->n_changes + 1, sizeof(*root_of));
	struct xabi_change *roots = xabi_xcalloc(d->n_changes + 1, sizeof(*roots));

	for (size_t i = 0; i < d->n_changes; i++)
		if (!d->changes[i].cause) {
			at[i] = kept;
			roots[kept++] = d->changes[i];
		}
	for (size_t i = 0; i < d->n_changes; i++)
		if (d->changes[i].cause) {
			root_of[i] = at[root(d, i)];
			roots[root_of[i]].n_consequences++;
		}
	for (size_t r = 0; r < kept; r++)
		if (roots[r].n_consequences) {
			roots[r].consequences = xabi_xcalloc(roots[r].n_consequences,
							     sizeof(*roots[r].consequences));
			roots[r].n_consequences = 0;
		}
	for (size_t i = 0; i < d->n_changes; i++) {
		struct xabi_change *r = &roots[root_of[i]], c = d->changes[i];

		if (!c.cause)
			continue;
		c.cause = 0;
		r->consequences[r->n_consequences++] = c;
	}
	free(root_of);
	free(d->changes);
	free(at);
	d->changes = roots;
	d->n_changes = kept;
}

/* A header the new side no longer has is one finding, header.removed,
 * for everything it declared; as severe as the worst of it. */
static void explain_removed_headers(struct xabi_diff *d)
{
	struct xabi_map *finding = xabi_map_new(16); /* path -> 1 + its index */
	size_t n = d->n_changes;

	for (size_t i = 0; i < n; i++) {
		const struct xabi_change *c = &d->changes[i];
		uintptr_t at;

		if (!about_entity(c) || c->new || xabi_corpus_header(d->new, c->file) ||
		    !xabi_corpus_header(d->old, c->file))
			continue;
		at = (uintptr_t)xabi_map_get(finding, c->file);
		if (!at) {
			const struct xabi_fact *header = xabi_diff_stand_in(
				d, XABI_KIND_HEADER, c->file, c->file, 0, NULL);

			xabi_diff_add(d, XABI_CH_HEADER_REMOVED, c->severity, c->views, header,
				      NULL, xabi_bitset_dup(c->where),
				      xabi_xasprintf("%s was removed: consumers that include it "
						     "stop compiling", c->file));
			c = &d->changes[i]; /* adding may have moved it */
			at = d->n_changes;
			xabi_map_put(finding, c->file, (void *)at);
		}
		if (c->severity > d->changes[at - 1].severity)
			d->changes[at - 1].severity = c->severity;
		d->changes[at - 1].views |= c->views;
		xabi_bitset_or(d->changes[at - 1].where, c->where);
		xabi_diff_explain(d, i, at - 1);
	}
	xabi_map_free(finding);
}

/* The package that change i removes a library of, when it is gone. */
static const struct xabi_package *gone_with(const struct xabi_diff *d, size_t i)
{
	const struct xabi_change *c = &d->changes[i];

	return c->kind == XABI_CH_ELF_LIBRARY_REMOVED ?
	       xabi_package_gone(d->old, d->new, c->file) : NULL;
}

/* The libraries of a package that is gone: the first (by file) explains
 * the others, and its message speaks for the package (elf.c). */
static void explain_removed_packages(struct xabi_diff *d)
{
	struct xabi_map *first = xabi_map_new(16); /* package -> 1 + index */
	const struct xabi_package *p;

	for (size_t i = 0; i < d->n_changes; i++) {
		uintptr_t at;

		if (!(p = gone_with(d, i)))
			continue;
		at = (uintptr_t)xabi_map_get(first, p->name);
		if (!at || strcmp(d->changes[i].file, d->changes[at - 1].file) < 0)
			xabi_map_put(first, p->name, (void *)(uintptr_t)(i + 1));
	}
	for (size_t i = 0; i < d->n_changes; i++) {
		uintptr_t at;

		if ((p = gone_with(d, i)) && (at = (uintptr_t)xabi_map_get(first, p->name)) - 1 != i)
			xabi_diff_explain(d, i, at - 1);
	}
	xabi_map_free(first);
}

/* Sort the changes into report order, keeping what explains what. */
struct placed {
	const struct xabi_change *c;
	size_t was; /* its index before sorting */
};

static int by_change(const void *a, const void *b)
{
	return xabi_change_cmp(((const struct placed *)a)->c, ((const struct placed *)b)->c);
}

static void sort_keeping_causes(struct xabi_diff *d)
{
	struct placed *order = xabi_xcalloc(d->n_changes + 1, sizeof(*order));
	size_t *now_at = xabi_xcalloc(d->n_changes + 1, sizeof(*now_at));
	struct xabi_change *sorted = xabi_xcalloc(d->n_changes + 1, sizeof(*sorted));

	for (size_t i = 0; i < d->n_changes; i++)
		order[i] = (struct placed){ &d->changes[i], i };
	if (d->n_changes)
		qsort(order, d->n_changes, sizeof(*order), by_change);
	for (size_t i = 0; i < d->n_changes; i++)
		now_at[order[i].was] = i;
	for (size_t i = 0; i < d->n_changes; i++) {
		sorted[i] = *order[i].c;
		if (sorted[i].cause)
			sorted[i].cause = now_at[sorted[i].cause - 1] + 1;
	}
	free(d->changes);
	free(order);
	free(now_at);
	d->changes = sorted;
}

void xabi_diff_group(struct xabi_diff *d)
{
	struct group_run g = {
		.d = d, .firsts = xabi_map_new(1024), .records = xabi_map_new(1024),
		.typedefs = xabi_map_new(1024),
	};

	explain_removed_headers(d);
	explain_removed_packages(d);
	/* Report order decides which of an entity's changes is the root:
	 * errors first. */
	sort_keeping_causes(d);
	for (size_t i = 0; i < d->n_changes; i++) {
		const struct xabi_change *c = &d->changes[i];

		if (!about_entity(c))
			continue;
		note_entity(&g, i, c->entity, c->scope, c->name);
		if (c->entity == XABI_KIND_FIELD)
			note_entity(&g, i, XABI_KIND_FIELD, c->scope, "");
		note_value(&g, i);
	}
	for (size_t i = 0; i < d->n_changes; i++)
		if (about_entity(&d->changes[i]) && !d->changes[i].cause)
			explain_one(&g, i);
	release_run(&g);
	move_under_roots(d);
	xabi_diff_finish(d);
}
