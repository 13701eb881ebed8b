/* SPDX-License-Identifier: MIT */
/*
 * Applying rules to a diff: the profile's policies first (they add
 * findings and demote expected ones, and who a change reaches decides
 * whether it is an error), then the changes are grouped into findings
 * (one root, the changes it explains), then severity overrides, then
 * suppressions and waivers, which act on whole findings.
 */
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "policy.h"
#include "rules_internal.h"

static bool re_match(const regex_t *re, const char *s)
{
	return s && regexec(re, s, 0, NULL, 0) == 0;
}

/* Does `rule` name one of `names` (exactly or by its regexes)? */
static bool names_match(const struct xabi_rule *r, const char *const *names, size_t n)
{
	bool any = false;

	for (size_t i = 0; i < n; i++) {
		if (!names[i])
			continue;
		if (r->name_not_re && re_match(r->name_not_re, names[i]))
			return false;
		if ((!r->name || !strcmp(r->name, names[i])) &&
		    (!r->name_re || re_match(r->name_re, names[i])))
			any = true;
	}
	return any;
}

static bool file_matches(const struct xabi_rule *r, const char *file)
{
	return (!r->file_re || re_match(r->file_re, file)) &&
	       (!r->file_not_re || !re_match(r->file_not_re, file));
}

/* The type a change is about, for [suppress_type]: the record or enum of
 * a field or enumerator, or the type itself. */
static const char *type_of(const struct xabi_change *c, const char **kind)
{
	const struct xabi_fact *f = c->new ? c->new : c->old;

	switch (c->entity) {
	case XABI_KIND_RECORD:
		*kind = xabi_fact_attr(f, "kind");
		return c->name;
	case XABI_KIND_ENUM:
		*kind = "enum";
		return c->name;
	case XABI_KIND_TYPEDEF:
		*kind = "typedef";
		return c->name;
	case XABI_KIND_FIELD:
		*kind = NULL;
		return c->scope;
	case XABI_KIND_ENUMERATOR:
		*kind = "enum";
		return c->scope;
	default:
		return NULL;
	}
}

static bool matches(const struct xabi_rule *r, const struct xabi_change *c)
{
	const char *kind = NULL, *type;
	const char *names[4] = { c->name, c->scope, c->old ? c->old->name : NULL,
				 c->new ? c->new->name : NULL };

	if (r->disabled || !file_matches(r, c->file))
		return false;
	switch (r->type) {
	case RULE_SUPPRESS_TYPE:
		type = type_of(c, &kind);
		if (!type || (r->type_kind && kind && strcmp(r->type_kind, kind) &&
			      !(!strcmp(r->type_kind, "class") && !strcmp(kind, "struct"))))
			return false;
		return names_match(r, &type, 1);
	case RULE_SUPPRESS_FUNCTION:
		return c->entity == XABI_KIND_FUNCTION && names_match(r, names, 1);
	case RULE_SUPPRESS_VARIABLE:
		return c->entity == XABI_KIND_VARIABLE && names_match(r, names, 1);
	default:
		if (r->kind && fnmatch(r->kind, xabi_change_kind(c->kind)->id, 0))
			return false;
		if (!r->name && !r->name_re && !r->name_not_re)
			return true;
		return names_match(r, names, 4);
	}
}

static bool expired(const struct xabi_rule *r, const struct xabi_diff *d)
{
	return r->type == RULE_WAIVER && r->has_until && d->new->space.version_macro &&
	       d->new->space.latest >= r->until;
}

static char *why(const struct xabi_rule *r)
{
	const char *text = r->reason ? r->reason : r->label;

	return xabi_xasprintf("%s:%u: [%s]%s%s", r->file, r->line,
			      xabi_rule_type_name(r->type), text ? " " : "", text ? text : "");
}

static void report_expired(struct xabi_diff *d, const struct xabi_rule *r)
{
	const struct xabi_fact *stand_in =
		xabi_diff_stand_in(d, XABI_KIND_RULE, r->label ? r->label : "waiver",
				   r->file, r->line, r->reason);
	struct xabi_bitset *all = xabi_space_new_set(&d->space);

	xabi_bitset_set_all(all);
	xabi_diff_add(d, XABI_CH_POLICY_WAIVER_EXPIRED,
		      xabi_change_kind(XABI_CH_POLICY_WAIVER_EXPIRED)->severity, 0, NULL,
		      stand_in, all,
		      xabi_xasprintf("the waiver \"%s\" was granted until 0x%08llx and the new "
				     "side is at 0x%08llx: it no longer suppresses anything; "
				     "fix what it waived or renew it", r->reason,
				     (unsigned long long)r->until,
				     (unsigned long long)d->new->space.latest));
}

int xabi_policy_apply(struct xabi_diff *d, const struct xabi_profile *profile,
		      const struct xabi_rules *rules, struct xabi_ctx *ctx)
{
	static const struct xabi_rules none = XABI_RULES_INIT;

	(void)ctx;
	rules = rules ? rules : &none;
	if (rules->version_not_bumped > 0 ||
	    (rules->version_not_bumped < 0 && profile->version_not_bumped))
		xabi_policy_version_bump(d, profile);
	xabi_policy_reach(d, profile);
	xabi_policy_version_macros(d, profile);
	if (rules->arch_divergence > 0 || (rules->arch_divergence < 0 && profile->arch_divergence))
		xabi_policy_arch_divergence(d, profile, rules);
	xabi_diff_group(d);
	xabi_policy_shared_pages(d, profile);
	if (rules->ungated_change > 0 || (rules->ungated_change < 0 && profile->ungated_change))
		xabi_policy_ungated(d);
	for (size_t i = 0; i < rules->n_rules; i++)
		if (expired(rules->rules[i], d))
			report_expired(d, rules->rules[i]);
	/* Overrides in file order: the last that matches decides. */
	for (size_t c = 0; c < d->n_changes; c++)
		for (size_t i = 0; i < rules->n_rules; i++) {
			const struct xabi_rule *r = rules->rules[i];

			if (r->type == RULE_OVERRIDE && matches(r, &d->changes[c]))
				d->changes[c].severity = (enum xabi_severity)r->severity;
		}
	for (size_t c = 0; c < d->n_changes;) {
		const struct xabi_rule *hit = NULL;

		for (size_t i = 0; i < rules->n_rules && !hit; i++) {
			const struct xabi_rule *r = rules->rules[i];

			if (r->type != RULE_OVERRIDE && !expired(r, d) &&
			    d->changes[c].kind != XABI_CH_POLICY_WAIVER_EXPIRED &&
			    matches(r, &d->changes[c]))
				hit = r;
		}
		if (hit) {
			char *text = why(hit);

			xabi_diff_suppress(d, c, text);
			free(text);
		} else {
			c++;
		}
	}
	xabi_diff_finish(d);
	return 0;
}
