/* SPDX-License-Identifier: MIT */
/*
 * Xen's interface policies:
 *  - a tools interface with its own version macro (XEN_DOMCTL_INTERFACE_
 *    VERSION for domctl.h, ...) may change incompatibly only together with
 *    an increase of that macro; then its changes are expected (info);
 *  - an incompatible change must not reach guests pinned to an interface
 *    version the old release already offered: it belongs behind a new
 *    __XEN_INTERFACE_VERSION__ value;
 *  - who a change reaches decides whether it is an error (the reach rule);
 *  - shared pages may grow at their end, and macros naming the headers'
 *    own version are raised by every release.
 * The arch-divergence policy (a layout alike on the 32- and 64-bit arch of
 * a family must stay so) is in arch.c.
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
		for (size_t k = 0; k < c->space.n_configs; k++)
			if (xabi_bitset_test(f->where, k) &&
			    c->space.audiences[c->space.configs[k].audience].pinned)
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
				where = xabi_space_new_set(&d->space);
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
	const struct xabi_space *s = &d->space;
	struct xabi_bitset *set;

	if (!s->version_macro)
		return NULL;
	set = xabi_space_new_set(s);
	for (size_t k = 0; k < s->n_configs; k++)
		if (!s->audiences[s->configs[k].audience].pinned &&
		    s->partitions[s->configs[k].partition].lo <= d->old->space.latest)
			xabi_bitset_set(set, k);
	return set;
}

/* Pinned audiences (tools, hypervisor), over d->space. */
static struct xabi_bitset *pinned_audiences(const struct xabi_diff *d)
{
	const struct xabi_space *s = &d->space;
	struct xabi_bitset *set = xabi_space_new_set(s);

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
static uint64_t lowest_version(const struct xabi_space *s, const struct xabi_bitset *where)
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
	const struct xabi_space *s = &d->space;
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
	const struct xabi_space *s = &d->space;
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
		where = xabi_space_where(s, hit);
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
