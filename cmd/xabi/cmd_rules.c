/* SPDX-License-Identifier: MIT */
/*
 * xabi rules: check rules files, and show what they would suppress on a
 * given diff, so a maintainer can test a waiver before committing it.
 */
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "xabi/diff.h"
#include "xabi/report.h"
#include "xabi/rules.h"

static const enum cli_opt options[] = {
	OPT_CHECK, OPT_EXPLAIN, OPT_PROFILE, OPT_ARCH, OPT_AUDIENCE, OPT_IFACE,
	OPT_JOBS, OPT_QUIET, OPT_HELP, OPT_END
};

static int explain(struct cli_opts *o, const struct xabi_rules *rules)
{
	struct xabi_corpus *old = NULL, *new = NULL;
	struct xabi_profile *profile = NULL;
	struct xabi_rules none = XABI_RULES_INIT;
	struct xabi_diff *d = NULL;
	struct xabi_ctx ctx = { 0 };
	struct xabi_report_info info = { o->args[0], o->args[1], false, true };
	struct xabi_selection select;
	int rc;

	o->keep_latest = true;
	rc = cli_load(o, o->args[0], &old);
	if (!rc)
		rc = cli_load(o, o->args[1], &new);
	/* The profile only; the rules are already loaded and checked. */
	if (!rc) {
		const char **files = o->rules;
		size_t n = o->n_rules;

		o->n_rules = 0;
		rc = cli_load_policy(o, new, &profile, &none);
		o->rules = files;
		o->n_rules = n;
	}
	/* The diff that `xabi diff` with these options would make. */
	select = cli_selection(o);
	if (!rc && (xabi_diff_compute(&d, old, new, &select, &ctx) ||
		    xabi_policy_apply(d, profile, rules, &ctx))) {
		cli_error("%s", ctx.message);
		rc = XABI_EXIT_ERROR;
	}
	if (!rc) {
		printf("\n%zu change%s suppressed, %zu left:\n", d->n_suppressed,
		       d->n_suppressed == 1 ? "" : "s", d->n_changes);
		if (xabi_report_text(d, &info, stdout, &ctx)) {
			cli_error("%s", ctx.message);
			rc = XABI_EXIT_ERROR;
		}
	}
	xabi_diff_free(d);
	xabi_profile_free(profile);
	xabi_corpus_free(old);
	xabi_corpus_free(new);
	return rc;
}

static int run(int argc, char **argv)
{
	struct cli_opts o;
	struct xabi_rules rules = XABI_RULES_INIT;
	int rc = cli_parse(&cmd_rules, argc, argv, &o);

	if (rc >= 0)
		return rc;
	rc = 0;
	if (!o.n_rules)
		rc = cli_usage_error(&cmd_rules, "give a rules file with --check FILE");
	else if (o.explain != (o.n_args == 2))
		rc = cli_usage_error(&cmd_rules, o.explain ? "--explain needs OLD and NEW" :
				     "OLD and NEW go with --explain");
	for (size_t i = 0; !rc && i < o.n_rules; i++) {
		struct xabi_rules one = XABI_RULES_INIT;
		struct xabi_ctx ctx = { 0 };
		size_t s, w, v;

		if (xabi_rules_load(&one, o.rules[i], &ctx) ||
		    xabi_rules_load(&rules, o.rules[i], &ctx)) {
			cli_error("%s", ctx.message);
			rc = XABI_EXIT_ERROR;
		} else {
			xabi_rules_summary(&one, &s, &w, &v);
			printf("%s: ok: %zu suppression%s, %zu waiver%s, %zu override%s\n",
			       o.rules[i], s, s == 1 ? "" : "s", w, w == 1 ? "" : "s",
			       v, v == 1 ? "" : "s");
			for (size_t k = 0; k < one.n_warnings; k++)
				printf("  warning: %s\n", one.warnings[k]);
		}
		xabi_rules_release(&one);
	}
	if (!rc && o.explain)
		rc = explain(&o, &rules);
	xabi_rules_release(&rules);
	cli_opts_release(&o);
	return rc;
}

const struct cli_command cmd_rules = {
	.name = "rules",
	.run = run,
	.summary = "check rules files and show what they would suppress",
	.usage = "--check FILE... [--explain OLD NEW]",
	.description =
		"Check each rules file (--check, repeatable): every problem is reported\n"
		"with its file and line. With --explain, compare OLD with NEW as 'xabi\n"
		"diff --rules' would and list what the rules suppress, by which rule,\n"
		"and which waivers have expired, so a waiver can be tested before it\n"
		"is committed.\n\n"
		"Sections: [suppress_type], [suppress_function], [suppress_variable]\n"
		"(libabigail's syntax: name, name_regexp, name_not_regexp,\n"
		"file_name_regexp, type_kind, label), [suppress_change] (kind, name,\n"
		"name_regexp, file_name_regexp), [waiver] (the same plus reason and\n"
		"until), [override] (kind, name..., severity), [policy]\n"
		"(ungated_change, version_not_bumped, arch_divergence = yes|no;\n"
		"arch_invariant = record names). See rules/example.rules.",
	.options = options,
	.min_args = 0,
	.max_args = 2,
	.examples =
		"  xabi rules --check xen.rules\n"
		"  xabi rules --check xen.rules --explain xen-4.20.abi.xml .\n",
};
