/* SPDX-License-Identifier: MIT */
/*
 * Comparing two variants of one entity, attribute by attribute: what
 * changed, and whether the change is one a consumer can observe (a type
 * respelled, a bound that grew with its family, a reserved field used).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "compare.h"
#include "byname.h"

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

/* "int (int, char *)" -> the return type's length. */
static size_t return_part(const char *type)
{
	const char *paren = strstr(type, " (");

	return paren ? (size_t)(paren - type) : strlen(type);
}

bool xabi_byname_looks_reserved(const char *name)
{
	static const char *const words[] = { "pad", "reserved", "rsvd", "unused", "spare", NULL };

	for (const char *const *w = words; *w; w++)
		if (strstr(name, *w))
			return true;
	return false;
}

bool xabi_byname_record_keeps_size(const struct run *r, const struct xabi_fact *f,
				   const struct xabi_bitset *on)
{
	const struct entity *rec = xabi_byname_find_entity(r, XABI_KIND_RECORD, NULL, f->scope);

	if (!rec)
		return false;
	for (size_t p = xabi_bitset_next(on, 0); p < on->nbits; p = xabi_bitset_next(on, p + 1)) {
		const struct xabi_fact *before = xabi_byname_fact_on_pair(r, rec, p, false);
		const struct xabi_fact *after = xabi_byname_fact_on_pair(r, rec, p, true);

		if (!before || !after || xabi_byname_differs(before, after, "size"))
			return false;
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

void xabi_byname_report_type_change(struct run *r, const struct xabi_fact *a,
				    const struct xabi_fact *b, const struct xabi_bitset *on)
{
	int sa = integer_sign(xabi_attr(a, "type")), sb = integer_sign(xabi_attr(b, "type"));
	bool respelled = !xabi_byname_differs(a, b, "size") &&
			 ((sa && sa == sb) || xabi_byname_same_members(r, a, b, on));

	xabi_sink_add(r->s, respelled ? XABI_CH_FIELD_TYPE_RESPELLED : XABI_CH_FIELD_TYPE_CHANGED,
		      a, b, on, "%s.%s: type %s -> %s", a->scope, a->name, xabi_attr(a, "type"),
		      xabi_attr(b, "type"));
}

enum bound_role xabi_byname_bound_role(const char *name, size_t *stem)
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
	struct xabi_bitset *here = xabi_byname_pairs_of(r, f, true);
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
	    xabi_byname_bound_role(f->name, &ignored) != NOT_BOUND)
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
	enum bound_role role = xabi_byname_bound_role(b->name, &stem);
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
		xabi_byname_report_attr(r, id, a, b, on, "value", "value");
	xabi_buf_release(&names);
}

void xabi_byname_compare_variants(struct run *r, const struct xabi_fact *a,
				  const struct xabi_fact *b, const struct xabi_bitset *on)
{
	switch (a->kind) {
	case XABI_KIND_ENUM:
		if (xabi_byname_differs(a, b, "size"))
			xabi_byname_report_attr(r, XABI_CH_ENUM_SIZE_CHANGED, a, b, on, "size", "size");
		else if (xabi_byname_differs(a, b, "type"))
			xabi_byname_report_attr(r, XABI_CH_ENUM_SIZE_CHANGED, a, b, on, "type", "underlying type");
		break;
	case XABI_KIND_ENUMERATOR:
		if (xabi_byname_differs(a, b, "value"))
			report_value_change(r, XABI_CH_ENUMERATOR_VALUE_CHANGED, a, b, on);
		else if (!xabi_comment_same(a->comment, b->comment) && a->comment && b->comment) {
			char *msg = xabi_xasprintf("%s (%s): its description changed from \"%s\" to \"%s\"",
						   a->name, xabi_attr(a, "value"), a->comment, b->comment);

			xabi_byname_report(r, XABI_CH_ENUMERATOR_MEANING_CHANGED, a, b, on, msg);
			free(msg);
		}
		break;
	case XABI_KIND_MACRO:
		if (xabi_byname_differs(a, b, "value") && same_params(a, b))
			xabi_byname_report_attr(r, XABI_CH_MACRO_BODY_CHANGED, a, b, on, "value", "value");
		else if (xabi_byname_differs(a, b, "value") && !xabi_value_same_bits(a, b))
			report_value_change(r, XABI_CH_MACRO_VALUE_CHANGED, a, b, on);
		else if (xabi_byname_differs(a, b, "type"))
			xabi_byname_report_attr(r, XABI_CH_MACRO_TYPE_CHANGED, a, b, on, "type", "type");
		break;
	case XABI_KIND_RECORD:
		if (xabi_byname_differs(a, b, "kind"))
			xabi_byname_report_attr(r, XABI_CH_RECORD_KIND_CHANGED, a, b, on, "kind", "kind");
		if (xabi_byname_differs(a, b, "size"))
			xabi_byname_report_attr(r, XABI_CH_RECORD_SIZE_CHANGED, a, b, on, "size", "size in bytes");
		if (xabi_byname_differs(a, b, "align"))
			xabi_byname_report_attr(r, XABI_CH_RECORD_ALIGN_CHANGED, a, b, on, "align", "alignment");
		break;
	case XABI_KIND_FIELD:
		if (!xabi_byname_differs(a, b, "offset") && !xabi_byname_differs(a, b, "type") &&
		    !xabi_byname_differs(a, b, "size") && !xabi_byname_differs(a, b, "bits"))
			break;
		if (xabi_byname_looks_reserved(a->name) && xabi_byname_record_keeps_size(r, a, on)) {
			char *msg = xabi_xasprintf("%s.%s shrank from %s at bit %s to %s at bit %s; "
						   "the record keeps its size, so its space went to "
						   "new fields", a->scope, a->name, xabi_attr(a, "type"),
						   xabi_attr(a, "offset"), xabi_attr(b, "type"), xabi_attr(b, "offset"));

			xabi_byname_report(r, XABI_CH_FIELD_RESERVED_USED, a, b, on, msg);
			free(msg);
			break;
		}
		if (xabi_byname_differs(a, b, "offset"))
			xabi_byname_report_attr(r, XABI_CH_FIELD_OFFSET_CHANGED, a, b, on, "offset", "bit offset");
		/* A new type implies a new size, and a bit-field's size is its
		 * width: report the cause once. */
		if (xabi_byname_differs(a, b, "type"))
			xabi_byname_report_type_change(r, a, b, on);
		else if (xabi_byname_differs(a, b, "bits"))
			xabi_byname_report_attr(r, XABI_CH_FIELD_BITFIELD_CHANGED, a, b, on, "bits", "bit-field width");
		else if (xabi_byname_differs(a, b, "size"))
			xabi_byname_report_attr(r, XABI_CH_FIELD_SIZE_CHANGED, a, b, on, "size", "size in bits");
		break;
	case XABI_KIND_TYPEDEF:
		if (xabi_byname_differs(a, b, "type"))
			xabi_byname_report_attr(r, XABI_CH_TYPEDEF_TYPE_CHANGED, a, b, on, "type", "type");
		break;
	case XABI_KIND_FUNCTION: {
		const char *ta = xabi_attr(a, "type"), *tb = xabi_attr(b, "type");
		size_t na = return_part(ta), nb = return_part(tb);

		if (na != nb || strncmp(ta, tb, na))
			xabi_byname_report_attr(r, XABI_CH_FUNCTION_RETURN_CHANGED, a, b, on, "type", "type");
		else if (strcmp(ta + na, tb + nb))
			xabi_byname_report_attr(r, XABI_CH_FUNCTION_PARAMS_CHANGED, a, b, on, "type", "type");
		break;
	}
	case XABI_KIND_VARIABLE:
		if (xabi_byname_differs(a, b, "type"))
			xabi_byname_report_attr(r, XABI_CH_VARIABLE_TYPE_CHANGED, a, b, on, "type", "type");
		break;
	default:
		break;
	}
}
