/* SPDX-License-Identifier: MIT */
/*
 * Xen's interface policies:
 *  - a tools interface with its own version macro (XEN_DOMCTL_INTERFACE_
 *    VERSION for domctl.h, ...) may change incompatibly only together with
 *    an increase of that macro; then its changes are expected (info);
 *  - an incompatible change must not reach guests pinned to an interface
 *    version the old release already offered: it belongs behind a new
 *    __XEN_INTERFACE_VERSION__ value;
 *  - a struct laid out alike on the 32- and 64-bit arch of a family must
 *    stay so, since Xen's 32-bit compat layer translates between them.
 */
#include <ctype.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/map.h"
#include "policy.h"

/* The value of macro `name` in c (at its pinned audience when it has one,
 * where tools interfaces live); NULL when it has none. */
static const struct xabi_fact *macro_in(const struct xabi_corpus *c, const char *name)
{
	const struct xabi_fact *any = NULL;

	for (size_t i = 0; i < c->n_facts; i++) {
		const struct xabi_fact *f = c->facts[i];

		if (f->kind != XABI_KIND_MACRO || strcmp(f->name, name))
			continue;
		for (size_t k = 0; k < c->n_configs; k++)
			if (xabi_bitset_test(f->where, k) &&
			    c->audiences[c->configs[k].audience].pinned)
				return f;
		any = any ? any : f;
	}
	return any;
}

static void append(char **message, const char *fmt, const char *a, const char *b,
		   const char *c)
{
	char *tail = xabi_xasprintf(fmt, a, b, c);
	char *joined = xabi_xasprintf("%s%s", *message, tail);

	free(*message);
	free(tail);
	*message = joined;
}

/*
 * The ops of a versioned interface that its header marks stable: 4.21's
 * domctl.h says "Stable ops are NOT covered by XEN_DOMCTL_INTERFACE_VERSION!"
 * and marks each op number with the comment "stable interface"
 * (XEN_DOMCTL_get_domain_state). The version macro does not cover them: their changes
 * neither call for a raise nor are excused by one.
 */
struct stable_ops {
	XABI_VEC(char *) names;        /* the op's record, xen_domctl_get_domain_state */
	XABI_VEC(unsigned) first, last; /* its lines, where macros inside it sit */
	XABI_VEC(const char *) files;
};

static bool says_stable(const char *comment)
{
	for (const char *p = comment; p && *p; p++)
		if (!strncasecmp(p, "stable interface", 16) &&
		    (p == comment || strncasecmp(p - 2, "un", 2)))
			return true;
	return false;
}

/* The lines record `name` spans in c, from its own line to its last field's. */
static void record_lines(const struct xabi_corpus *c, const char *name, unsigned *first,
			 unsigned *last)
{
	size_t len = strlen(name);

	for (size_t i = 0; i < c->n_facts; i++) {
		const struct xabi_fact *f = c->facts[i];

		if (f->kind == XABI_KIND_RECORD && !strcmp(f->name, name) && !*first)
			*first = f->line;
		if (f->kind == XABI_KIND_FIELD && f->scope && !strncmp(f->scope, name, len) &&
		    (!f->scope[len] || f->scope[len] == '.') && f->line > *last)
			*last = f->line;
	}
}

/* The stable ops of the headers matching `header` in c; `macro` is the
 * interface's version macro, whose prefix (XEN_DOMCTL_) the ops share. */
static void find_stable_ops(struct stable_ops *out, const struct xabi_corpus *c,
			    const char *header, const char *macro)
{
	const char *tail = strstr(macro, "INTERFACE_VERSION");
	size_t prefix = tail ? (size_t)(tail - macro) : 0;

	for (size_t i = 0; prefix && i < c->n_facts; i++) {
		const struct xabi_fact *f = c->facts[i];
		char *name;
		unsigned first = 0, last = 0;

		if (f->kind != XABI_KIND_MACRO || fnmatch(header, f->file, 0) ||
		    strncmp(f->name, macro, prefix) || !says_stable(f->comment))
			continue;
		name = xabi_xasprintf("%.*s%s", (int)prefix, f->name, f->name + prefix);
		for (char *p = name; p < name + prefix; p++)
			*p = (char)tolower((unsigned char)*p);
		record_lines(c, name, &first, &last);
		XABI_VEC_PUSH(&out->names, name);
		XABI_VEC_PUSH(&out->first, first);
		XABI_VEC_PUSH(&out->last, last ? last : first);
		XABI_VEC_PUSH(&out->files, f->file);
	}
}

static void stable_ops_release(struct stable_ops *s)
{
	for (size_t i = 0; i < s->names.n; i++)
		free(s->names.items[i]);
	free(s->names.items);
	free(s->first.items);
	free(s->last.items);
	free(s->files.items);
}

/* Whether change c is about stable op i: its record, typedef or members,
 * the union member that holds it, its op number, or a macro inside it. */
static bool about_stable_op(const struct stable_ops *s, size_t i, const struct xabi_change *c)
{
	const char *rec = s->names.items[i], *op = strchr(rec, '_');
	size_t len = strlen(rec);
	const char *dot = strrchr(c->name, '.');

	op = op ? strchr(op + 1, '_') : NULL; /* get_domain_state */
	if (!strncmp(c->name, rec, len) && (!c->name[len] || !strcmp(c->name + len, "_t")))
		return true;
	if (c->scope && !strncmp(c->scope, rec, len) && (!c->scope[len] || c->scope[len] == '.'))
		return true;
	if (op && dot && !strcmp(dot + 1, op + 1))
		return true;
	if (c->entity == XABI_KIND_MACRO && !strcasecmp(c->name, rec))
		return true;
	return c->entity == XABI_KIND_MACRO && !strcmp(c->file, s->files.items[i]) &&
	       c->line > s->first.items[i] && c->line < s->last.items[i];
}

static bool stable_op_change(const struct stable_ops *s, const struct xabi_change *c)
{
	for (size_t i = 0; i < s->names.n; i++)
		if (about_stable_op(s, i, c))
			return true;
	return false;
}

void xabi_policy_version_bump(struct xabi_diff *d, const struct xabi_profile *profile)
{
	for (size_t m = 0; m < profile->n_iface_macros; m++) {
		const char *header = profile->iface_macros[m].pattern;
		const char *macro = profile->iface_macros[m].value;
		const struct xabi_fact *before = macro_in(d->old, macro);
		const struct xabi_fact *after = macro_in(d->new, macro);
		struct xabi_bitset *where = NULL;
		const struct xabi_change *example = NULL;
		struct stable_ops stable = { 0 };
		size_t n = 0;
		bool bumped;

		if (!before || !after)
			continue;
		find_stable_ops(&stable, d->old, header, macro);
		find_stable_ops(&stable, d->new, header, macro);
		bumped = strtoull(xabi_fact_attr(after, "value"), NULL, 0) >
			 strtoull(xabi_fact_attr(before, "value"), NULL, 0);
		for (size_t i = 0; i < d->n_changes; i++) {
			struct xabi_change *c = &d->changes[i];
			bool own = c->entity == XABI_KIND_MACRO && !strcmp(c->name, macro);

			if (fnmatch(header, c->file, 0) || c->severity != XABI_SEV_ERROR)
				continue;
			if (stable_op_change(&stable, c)) {
				append(&c->message, " (a stable op: %s does not cover it)%s%s",
				       macro, "", "");
				continue;
			}
			if (bumped) {
				c->severity = XABI_SEV_INFO;
				if (!own)
					append(&c->message, " (expected: %s was raised from %s to %s)",
					       macro, xabi_fact_attr(before, "value"),
					       xabi_fact_attr(after, "value"));
				continue;
			}
			if (own)
				continue;
			if (!where)
				where = xabi_corpus_new_set(d->space);
			xabi_bitset_or(where, c->where);
			example = example ? example : c;
			n++;
		}
		if (!bumped && n) {
			size_t root = d->n_changes;

			xabi_diff_add(d, XABI_CH_POLICY_VERSION_NOT_BUMPED,
				      xabi_change_kind(XABI_CH_POLICY_VERSION_NOT_BUMPED)->severity,
				      example->views, before, after, where,
				      xabi_xasprintf("%s changed incompatibly (%zu change%s, such as "
						     "%s of %s) but %s stayed 0x%llx: raise it",
						     header, n, n == 1 ? "" : "s",
						     xabi_change_kind(example->kind)->id,
						     example->name, macro,
						     strtoull(xabi_fact_attr(after, "value"), NULL, 0)));
			/* The header's changes are listed under it. */
			for (size_t i = 0; i < root; i++)
				if (!fnmatch(header, d->changes[i].file, 0) &&
				    d->changes[i].severity == XABI_SEV_ERROR &&
				    !stable_op_change(&stable, &d->changes[i]) &&
				    !(d->changes[i].entity == XABI_KIND_MACRO &&
				      !strcmp(d->changes[i].name, macro)))
					xabi_diff_explain(d, i, root);
		}
		stable_ops_release(&stable);
	}
}

/* Is `file` a header guarded by its own version macro (domctl.h, ...)? */
static bool has_own_version(const struct xabi_profile *profile, const char *file)
{
	for (size_t m = 0; m < profile->n_iface_macros; m++)
		if (!fnmatch(profile->iface_macros[m].pattern, file, 0))
			return true;
	return false;
}

/* Guests at a version the old release offered, over d->space; NULL when
 * the headers have no interface versions. */
static struct xabi_bitset *offered_guests(const struct xabi_diff *d)
{
	const struct xabi_corpus *s = d->space;
	struct xabi_bitset *set;

	if (!s->version_macro)
		return NULL;
	set = xabi_corpus_new_set(s);
	for (size_t k = 0; k < s->n_configs; k++)
		if (!s->audiences[s->configs[k].audience].pinned &&
		    s->partitions[s->configs[k].partition].lo <= d->old->latest)
			xabi_bitset_set(set, k);
	return set;
}

/* Pinned audiences (tools, hypervisor), over d->space. */
static struct xabi_bitset *pinned_audiences(const struct xabi_diff *d)
{
	const struct xabi_corpus *s = d->space;
	struct xabi_bitset *set = xabi_corpus_new_set(s);

	for (size_t k = 0; k < s->n_configs; k++)
		if (s->audiences[s->configs[k].audience].pinned)
			xabi_bitset_set(set, k);
	return set;
}

static void say_who(struct xabi_change *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void say_who(struct xabi_change *c, const char *fmt, ...)
{
	struct xabi_buf b = XABI_BUF_INIT;
	va_list ap;

	xabi_buf_cat(&b, c->message, NULL);
	va_start(ap, fmt);
	xabi_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	free(c->message);
	c->message = xabi_buf_detach(&b);
}

/* The lowest interface version in c's where (of a guest audience). */
static uint64_t lowest_version(const struct xabi_corpus *s, const struct xabi_bitset *where)
{
	uint64_t lo = UINT64_MAX;

	for (size_t k = xabi_bitset_next(where, 0); k < where->nbits;
	     k = xabi_bitset_next(where, k + 1))
		if (!s->audiences[s->configs[k].audience].pinned &&
		    s->partitions[s->configs[k].partition].lo < lo)
			lo = s->partitions[s->configs[k].partition].lo;
	return lo;
}

/* An error that reaches no consumer that exists today: a warning saying
 * whom it reaches. */
static void judge_reach(struct xabi_diff *d, struct xabi_change *c,
			const struct xabi_bitset *offered, const struct xabi_bitset *pinned,
			const struct xabi_profile *profile)
{
	const struct xabi_corpus *s = d->space;
	uint64_t guests;

	/* What changed is around it (the latest interface version moved
	 * past its gates, a header it includes changed): said elsewhere. */
	if (xabi_corpus_same_header(d->old, d->new, c->file)) {
		c->severity = XABI_SEV_WARNING;
		say_who(c, " (%s itself did not change)", c->file);
		return;
	}
	if (!offered || xabi_bitset_intersects(c->where, offered))
		return;
	/* Beside the root (../xenctrl.h): a library's API, which programs
	 * outside Xen build against (libvirt, QEMU); no version macro. */
	if (c->file && !strncmp(c->file, XABI_BESIDE_PREFIX, strlen(XABI_BESIDE_PREFIX)))
		return;
	/* The tools are pinned to the latest version and built with the
	 * hypervisor (xen-compat.h): a change only they see is Xen's normal
	 * way, unless the header has a version macro of its own; then that
	 * macro decides (xabi_policy_version_bump). */
	if (xabi_bitset_intersects(c->where, pinned) && has_own_version(profile, c->file))
		return;
	c->severity = XABI_SEV_WARNING;
	guests = lowest_version(s, c->where);
	if (guests != UINT64_MAX)
		say_who(c, " (it reaches only guests that opt into %s 0x%08llx or later, a "
			"version the old release did not offer%s)", s->version_macro,
			(unsigned long long)guests,
			xabi_bitset_intersects(c->where, pinned) ?
			", and the toolstack, built with the hypervisor at the latest version" : "");
	else
		say_who(c, " (it reaches only the toolstack, built with the hypervisor at the "
			"latest version; no version macro of its own guards %s)", c->file);
}

void xabi_policy_reach(struct xabi_diff *d, const struct xabi_profile *profile)
{
	struct xabi_bitset *offered = offered_guests(d), *pinned = pinned_audiences(d);

	for (size_t i = 0; i < d->n_changes; i++) {
		struct xabi_change *c = &d->changes[i];

		/* Libraries are not versioned by the macro; a layout that
		 * diverges between arches is the hypervisor's concern. */
		if (c->severity == XABI_SEV_ERROR && c->entity != XABI_KIND_SYMBOL &&
		    c->entity != XABI_KIND_LIBRARY && c->kind != XABI_CH_RECORD_ARCH_DIVERGENCE)
			judge_reach(d, c, offered, pinned, profile);
	}
	xabi_bitset_free(offered);
	xabi_bitset_free(pinned);
}

/* Does finding c only add fields at the end of its record? */
static bool only_appends(const struct xabi_change *c)
{
	for (size_t i = 0; i < c->n_consequences; i++) {
		enum xabi_change_id k = c->consequences[i].kind;

		if (k != XABI_CH_FIELD_ADDED && k != XABI_CH_RECORD_SIZE_CHANGED &&
		    k != XABI_CH_RECORD_ALIGN_CHANGED)
			return false;
	}
	return true;
}

void xabi_policy_shared_pages(struct xabi_diff *d, const struct xabi_profile *profile)
{
	for (size_t i = 0; i < d->n_changes; i++) {
		struct xabi_change *c = &d->changes[i];
		unsigned long long page = 0;

		if (c->kind != XABI_CH_RECORD_SIZE_CHANGED || c->severity == XABI_SEV_INFO ||
		    !c->old || !c->new || !only_appends(c))
			continue;
		for (size_t p = 0; p < profile->n_shared_pages && !page; p++)
			if (!fnmatch(profile->shared_pages[p].pattern, c->name, 0))
				page = strtoull(profile->shared_pages[p].value, NULL, 0);
		if (!page || strtoull(xabi_fact_attr(c->new, "size"), NULL, 0) > page)
			continue;
		c->severity = XABI_SEV_INFO;
		say_who(c, " (it fills a page of %llu bytes shared by two sides, each of which "
			"reads only the fields it knows: fields added at the end break nobody)", page);
	}
}

void xabi_policy_version_macros(struct xabi_diff *d, const struct xabi_profile *profile)
{
	for (size_t i = 0; i < d->n_changes; i++) {
		struct xabi_change *c = &d->changes[i];
		const char *what = NULL;

		if (c->entity != XABI_KIND_MACRO || c->severity == XABI_SEV_INFO ||
		    (c->kind != XABI_CH_MACRO_VALUE_CHANGED &&
		     c->kind != XABI_CH_MACRO_TYPE_CHANGED &&
		     c->kind != XABI_CH_MACRO_BODY_CHANGED))
			continue;
		for (size_t p = 0; p < profile->n_version_macros && !what; p++)
			if (!fnmatch(profile->version_macros[p].pattern, c->name, 0))
				what = profile->version_macros[p].value;
		if (!what)
			continue;
		c->severity = XABI_SEV_INFO;
		say_who(c, " (it names %s, which every release raises: no consumer breaks)",
			*what ? what : "the headers' own version");
	}
}

void xabi_policy_ungated(struct xabi_diff *d)
{
	const struct xabi_corpus *s = d->space;
	struct xabi_bitset *offered = offered_guests(d);

	for (size_t i = 0; offered && i < d->n_changes; i++) {
		struct xabi_change *c = &d->changes[i];
		struct xabi_bitset *hit;
		char *where;

		if (c->severity != XABI_SEV_ERROR || c->entity == XABI_KIND_SYMBOL ||
		    c->entity == XABI_KIND_LIBRARY || !xabi_bitset_intersects(c->where, offered))
			continue;
		hit = xabi_bitset_dup(c->where);
		xabi_bitset_and(hit, offered);
		where = xabi_corpus_where(s, hit);
		c->annotation = xabi_change_kind(XABI_CH_POLICY_UNGATED_CHANGE)->id;
		c->note = xabi_xasprintf("it reaches guests pinned to interface versions the old "
					 "release offered (%s): gate it behind a new %s value and "
					 "raise %s", where, s->version_macro,
					 s->latest_macro ? s->latest_macro : "the latest version");
		free(where);
		xabi_bitset_free(hit);
	}
	xabi_bitset_free(offered);
}

/* What a record's layout is made of: the record's facts and its fields'. */
struct layout_facts {
	XABI_VEC(const struct xabi_fact *) facts;
};

/* Record name -> its layout facts, in one corpus. */
struct record_index {
	const struct xabi_corpus *c;
	struct xabi_map *by_name;
	XABI_VEC(struct layout_facts *) all;
};

static void index_records(struct record_index *x, const struct xabi_corpus *c)
{
	x->c = c;
	x->by_name = xabi_map_new(1024);
	for (size_t i = 0; i < c->n_facts; i++) {
		const struct xabi_fact *f = c->facts[i];
		const char *name = f->kind == XABI_KIND_RECORD ? f->name : f->scope;
		struct layout_facts *l;

		if (f->kind != XABI_KIND_RECORD && f->kind != XABI_KIND_FIELD)
			continue;
		l = xabi_map_get(x->by_name, name);
		if (!l) {
			l = xabi_xcalloc(1, sizeof(*l));
			xabi_map_put(x->by_name, name, l);
			XABI_VEC_PUSH(&x->all, l);
		}
		XABI_VEC_PUSH(&l->facts, f);
	}
}

static void release_index(struct record_index *x)
{
	for (size_t i = 0; i < x->all.n; i++) {
		free(x->all.items[i]->facts.items);
		free(x->all.items[i]);
	}
	free(x->all.items);
	xabi_map_free(x->by_name);
}

/* The field of l named `name` as it is in configuration k, or NULL. */
static const struct xabi_fact *field_at(const struct layout_facts *l, const char *name,
					size_t len, size_t k)
{
	for (size_t i = 0; i < l->facts.n; i++) {
		const struct xabi_fact *f = l->facts.items[i];

		if (f->kind == XABI_KIND_FIELD && xabi_bitset_test(f->where, k) &&
		    !strncmp(f->name, name, len) && !f->name[len])
			return f;
	}
	return NULL;
}

/* Whether f's layout is the business of the record being compared: the
 * record itself, its own fields and the fields of anonymous members. The
 * inside of a named member (a struct embedded by name, a guest handle,
 * which is a union of a pointer and a uint64_t on x86_32 tools and a bare
 * pointer on x86_64) is its own record's, compared under its own name: the
 * compat layer translates it as a whole. */
static bool own_layout(const struct layout_facts *l, const struct xabi_fact *f, size_t k)
{
	const char *dot = f->kind == XABI_KIND_FIELD ? strrchr(f->name, '.') : NULL;
	const struct xabi_fact *parent;
	const char *type;

	if (!dot)
		return true;
	parent = field_at(l, f->name, (size_t)(dot - f->name), k);
	type = parent ? xabi_fact_attr(parent, "type") : NULL;
	return type && strstr(type, "(anonymous)") &&
	       own_layout(l, parent, k);
}

/* The index of the first of l's facts from i on that holds in k and is
 * the record's own layout. */
static size_t next_in(const struct layout_facts *l, size_t i, size_t k)
{
	while (i < l->facts.n && (!xabi_bitset_test(l->facts.items[i]->where, k) ||
				  !own_layout(l, l->facts.items[i], k)))
		i++;
	return i;
}

/* Whether field f's type is a record of its own (a struct or union
 * spelled with its tag), whose size is that record's business. */
static bool named_record(const struct xabi_fact *f)
{
	const char *type = xabi_fact_attr(f, "type");

	return type && (!strncmp(type, "struct ", 7) || !strncmp(type, "union ", 6)) &&
	       !strchr(type, '(');
}

/* Whether two facts give a record the same layout: a record's size, a
 * field's name, offset, size and width. Types are left out: the same
 * layout spells "unsigned long" on one arch and "unsigned long long" on
 * another. So is alignment: a uint64_t is aligned to 4 on x86_32 and to 8
 * on x86_64, and the compat layer copies bytes, which only sizes and
 * offsets place. The facts may be of two corpora: strings compare by
 * value. */
static bool same_string(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static bool same_shape(const struct xabi_fact *a, const struct xabi_fact *b)
{
	static const char *const record_keys[] = { "size", NULL };
	static const char *const field_keys[] = { "offset", "size", "bits", NULL };
	static const char *const member_keys[] = { "offset", "bits", NULL };
	const char *const *key = a->kind == XABI_KIND_RECORD ? record_keys :
				 named_record(a) && named_record(b) ? member_keys : field_keys;

	if (a->kind != b->kind || (a->kind == XABI_KIND_FIELD && strcmp(a->name, b->name)))
		return false;
	for (; *key; key++)
		if (!same_string(xabi_fact_attr(a, *key), xabi_fact_attr(b, *key)))
			return false;
	return true;
}

/* The first layout fact where record la in configuration j and record lb
 * in configuration k part ways, matching them one by one in fact order
 * (the one of la, or of lb when la's run out); NULL when they match. */
static const struct xabi_fact *first_difference(const struct layout_facts *la, size_t j,
						const struct layout_facts *lb, size_t k)
{
	size_t a = next_in(la, 0, j), b = next_in(lb, 0, k);

	while (a < la->facts.n && b < lb->facts.n) {
		if (!same_shape(la->facts.items[a], lb->facts.items[b]))
			return la->facts.items[a];
		a = next_in(la, a + 1, j);
		b = next_in(lb, b + 1, k);
	}
	return a < la->facts.n ? la->facts.items[a] :
	       b < lb->facts.n ? lb->facts.items[b] : NULL;
}

/* Whether record `name` is laid out alike in configurations j and k: 1
 * alike, 0 not, -1 when it is missing from either. */
static int alike(struct record_index *x, const char *name, size_t j, size_t k)
{
	const struct layout_facts *l = xabi_map_get(x->by_name, name);
	bool at_j = false, at_k = false, same_facts = true;

	if (!l || j >= x->c->n_configs || k >= x->c->n_configs)
		return -1;
	for (size_t i = 0; i < l->facts.n; i++) {
		bool in_j = xabi_bitset_test(l->facts.items[i]->where, j);
		bool in_k = xabi_bitset_test(l->facts.items[i]->where, k);

		at_j |= in_j;
		at_k |= in_k;
		same_facts &= in_j == in_k;
	}
	if (!at_j || !at_k)
		return -1;
	/* The same facts are the same layout; most records need no more. */
	return same_facts || !first_difference(l, j, l, k);
}

static bool listed(const struct xabi_rules *rules, const char *name)
{
	for (size_t i = 0; rules && i < rules->n_arch_invariant; i++)
		if (!strcmp(rules->arch_invariant[i], name))
			return true;
	return false;
}

/* Whether the compat list has Xen check record `name` alike on both
 * arches; the list drops the "xen_" of the header's name (xen_mc is
 * "mc"), as Xen's compat header generator does. */
static bool compat_checked(const struct xabi_rules *rules, const char *name)
{
	const char *bare = !strncmp(name, "xen_", 4) ? name + 4 : NULL;

	for (size_t i = 0; rules && i < rules->n_compat_checked; i++)
		if (!strcmp(rules->compat_checked[i], name) ||
		    (bare && !strcmp(rules->compat_checked[i], bare)))
			return true;
	return false;
}

/* Record `name` as it is in configuration k, or NULL. */
static const struct xabi_fact *record_at(const struct record_index *x, const char *name,
					 size_t k)
{
	const struct layout_facts *l = xabi_map_get(x->by_name, name);

	for (size_t i = 0; l && k < x->c->n_configs && i < l->facts.n; i++)
		if (l->facts.items[i]->kind == XABI_KIND_RECORD &&
		    xabi_bitset_test(l->facts.items[i]->where, k))
			return l->facts.items[i];
	return NULL;
}

/* Whether record `name` has another layout in the new release than in the
 * old on either arch of a family (o32/n32, o64/n64); a record missing
 * from the old release is new, so changed. */
static bool layout_changed(struct record_index *old_records, struct record_index *new_records,
			   const char *name, const size_t o[2], const size_t n[2])
{
	const struct layout_facts *lo = xabi_map_get(old_records->by_name, name);
	const struct layout_facts *ln = xabi_map_get(new_records->by_name, name);

	if (!lo || !ln)
		return true;
	for (int i = 0; i < 2; i++)
		if (!record_at(old_records, name, o[i]) || first_difference(lo, o[i], ln, n[i]))
			return true;
	return false;
}

/* Unite `where` into an existing change of this kind and name; takes it. */
static bool merge_into(struct xabi_diff *d, enum xabi_change_id kind, const char *name,
		       struct xabi_bitset *where)
{
	for (size_t i = 0; i < d->n_changes; i++)
		if (d->changes[i].kind == kind && !strcmp(d->changes[i].name, name)) {
			xabi_bitset_or(d->changes[i].where, where);
			xabi_bitset_free(where);
			return true;
		}
	return false;
}

static void diverge_family(struct xabi_diff *d, struct record_index *new_records,
			   struct record_index *old_records, const char *a32, const char *a64,
			   const char *aud, const struct xabi_rules *rules)
{
	const struct xabi_corpus *o = d->old, *n = d->new, *s = d->space;
	size_t o32 = xabi_corpus_config_at(o, a32, aud, o->latest);
	size_t o64 = xabi_corpus_config_at(o, a64, aud, o->latest);
	size_t n32 = xabi_corpus_config_at(n, a32, aud, n->latest);
	size_t n64 = xabi_corpus_config_at(n, a64, aud, n->latest);

	/* Both arches of the family, or nothing to compare (--arch x86_64). */
	if (n32 >= n->n_configs || n64 >= n->n_configs)
		return;
	for (size_t i = 0; i < n->n_facts; i++) {
		const struct xabi_fact *f = n->facts[i], *f32, *before, *at;
		bool was_same, required, checked;
		struct xabi_bitset *where;

		if (f->kind != XABI_KIND_RECORD || !xabi_bitset_test(f->where, n64) ||
		    alike(new_records, f->name, n32, n64) != 0)
			continue;
		/* The old layouts only matter for records that now diverge: few. */
		if (!old_records->c)
			index_records(old_records, o);
		was_same = alike(old_records, f->name, o32, o64) == 1;
		required = listed(rules, f->name);
		/* A '?' record parted long ago is one Xen's build lets pass
		 * (its check is generated, not invoked: mcinfo_logical_cpu)
		 * or one it checks in its own 64-bit view (mcinfo_extended
		 * sizes an array by sizeof(void *)): report it when it moves. */
		checked = compat_checked(rules, f->name) &&
			  layout_changed(old_records, new_records, f->name,
					 (size_t[]){ o32, o64 }, (size_t[]){ n32, n64 });
		if (!was_same && !required && !checked)
			continue;
		f32 = record_at(new_records, f->name, n32);
		before = record_at(old_records, f->name, o64);
		at = first_difference(xabi_map_get(new_records->by_name, f->name), n32,
				      xabi_map_get(new_records->by_name, f->name), n64);
		where = xabi_corpus_new_set(s);
		for (size_t k = xabi_corpus_config_at(s, a32, aud, n->latest), j = 0; j < 2;
		     k = xabi_corpus_config_at(s, a64, aud, n->latest), j++)
			if (k < s->n_configs)
				xabi_bitset_set(where, k);
		/* One finding per record, whatever the audiences. */
		if (merge_into(d, XABI_CH_RECORD_ARCH_DIVERGENCE, f->name, where))
			continue;
		xabi_diff_add(d, XABI_CH_RECORD_ARCH_DIVERGENCE,
			      xabi_change_kind(XABI_CH_RECORD_ARCH_DIVERGENCE)->severity,
			      XABI_VIEW_LATEST, before, f, where,
			      xabi_xasprintf("%s is laid out differently on %s (%s bytes) and %s "
					     "(%s bytes)%s%s%s: Xen's 32-bit compat translation "
					     "needs one layout", f->name, a32,
					     f32 ? xabi_fact_attr(f32, "size") : "?", a64,
					     xabi_fact_attr(f, "size"),
					     at && at->kind == XABI_KIND_FIELD ? ", first at field " : "",
					     at && at->kind == XABI_KIND_FIELD ? at->name : "",
					     was_same ? ", though both agreed in the old release" :
					     checked ? ", and Xen's compat list checks it is not "
						       "('?' in xlat.lst)" :
					     ", and the rules require it not to be"));
	}
}

void xabi_policy_arch_divergence(struct xabi_diff *d, const struct xabi_profile *profile,
				 const struct xabi_rules *rules)
{
	struct record_index new_records = { 0 }, old_records = { 0 };

	if (!profile->n_arch_families)
		return;
	index_records(&new_records, d->new);
	for (size_t f = 0; f < profile->n_arch_families; f++) {
		char a32[64], a64[64];

		if (sscanf(profile->arch_families[f].value, "%63s %63s", a32, a64) != 2)
			continue;
		for (size_t u = 0; u < d->space->n_audiences; u++)
			diverge_family(d, &new_records, &old_records, a32, a64,
				       d->space->audiences[u].name, rules);
	}
	release_index(&new_records);
	if (old_records.c)
		release_index(&old_records);
}
