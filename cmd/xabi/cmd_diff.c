/* SPDX-License-Identifier: MIT */
/* xabi diff: compare two sources and report what changed. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "xabi/diff.h"
#include "xabi/report.h"
#include "xabi/rules.h"

static const enum cli_opt options[] = {
	OPT_PROFILE, OPT_ARCH, OPT_AUDIENCE, OPT_IFACE, OPT_INCLUDE, OPT_SYSROOT, OPT_DEFINE,
	OPT_VERSION_MACRO, OPT_RULES, OPT_SHOW_SUPPRESSED, OPT_SINCE, OPT_FORMAT, OPT_OUTPUT,
	OPT_JOBS, OPT_CACHE, OPT_FULL_PARSE, OPT_PROGRESS, OPT_NO_PROGRESS, OPT_QUIET, OPT_MAX_CONFIGS, OPT_MAX_FACTS,
	OPT_HELP, OPT_END
};

/*
 * Load the old side, then the new one taking from it every parse whose
 * input did not change: a patch that touches one header costs the parses
 * that read it, not a second extraction.
 */
static int load_both(const struct cli_opts *o, struct xabi_corpus **old,
		     struct xabi_corpus **new)
{
	struct cli_opts side = *o;
	int rc, rc2;

	side.side = "old";
	rc = cli_load(&side, o->args[0], old);
	side.side = "new";
	side.reference = *old;
	side.reference_source = o->args[0];
	/* Even when the old side failed: say what is wrong with both. */
	rc2 = cli_load(&side, o->args[1], new);
	return rc ? rc : rc2;
}

/*
 * With --since: judge the patch's changes against the release it builds
 * on, diffed with the same policies and rules (the release's facts are
 * read last, after both sides: a dump, usually).
 */
static int judge_since(const struct cli_opts *o, struct xabi_diff *patch,
		       const struct xabi_corpus *new, const struct xabi_profile *profile,
		       const struct xabi_rules *rules, struct xabi_ctx *ctx)
{
	struct xabi_corpus *release = NULL;
	struct xabi_diff *d = NULL;
	struct xabi_selection select = cli_selection(o);
	struct cli_opts as_release = *o;
	int rc;

	as_release.side = "since"; /* progress: [since N/M] */
	rc = cli_load(&as_release, o->since, &release);

	if (!rc && (xabi_diff_compute(&d, release, new, &select, ctx) ||
		    xabi_policy_apply(d, profile, rules, ctx))) {
		cli_error("%s (comparing --since %s with %s)", ctx->message, o->since, o->args[1]);
		rc = XABI_EXIT_ERROR;
	}
	if (!rc)
		xabi_diff_judge_since(patch, d, o->since);
	xabi_diff_free(d);
	xabi_corpus_free(release);
	return rc;
}

/* Xen's compat list sits beside the public headers of a source tree
 * (xen/include/xlat.lst); a dump, a package or a revision brings none. */
static int load_compat_list(const char *source, const struct xabi_corpus *new,
			    const struct xabi_profile *profile, struct xabi_rules *rules)
{
	struct xabi_ctx ctx = { 0 };
	struct stat st;
	size_t len;
	char *path;
	int rc = 0;

	if (!profile->compat_list || !new->root)
		return 0;
	len = strlen(source) + strlen(new->root) + strlen(profile->compat_list) + 3;
	path = malloc(len);
	if (!path)
		return XABI_EXIT_ERROR;
	snprintf(path, len, "%s/%s/%s", source, new->root, profile->compat_list);
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	    xabi_rules_load_compat_list(rules, path, &ctx)) {
		cli_error("%s", ctx.message);
		rc = XABI_EXIT_ERROR;
	}
	free(path);
	return rc;
}

static int run(int argc, char **argv)
{
	struct cli_opts o;
	struct xabi_corpus *old = NULL, *new = NULL;
	struct xabi_diff *d = NULL;
	struct xabi_profile *profile = NULL;
	struct xabi_rules rules = XABI_RULES_INIT;
	struct xabi_ctx ctx = { 0 };
	int rc = cli_parse(&cmd_diff, argc, argv, &o);

	if (rc >= 0)
		return rc;
	cli_preload_frontend(&o);
	/* The run-time rule compares every version with the latest, so the
	 * latest is always extracted; --iface narrows what is reported. */
	o.keep_latest = true;
	rc = load_both(&o, &old, &new);
	if (!rc)
		rc = cli_load_policy(&o, new, &profile, &rules);
	if (!rc)
		rc = load_compat_list(o.args[1], new, profile, &rules);
	if (!rc)
		rc = cli_diff(&o, old, new, profile, &rules, &d);
	if (!rc && o.since)
		rc = judge_since(&o, d, new, profile, &rules, &ctx);
	if (!rc) {
		struct xabi_report_info info = { .old_source = o.args[0],
						 .new_source = o.args[1],
						 .show_suppressed = o.show_suppressed };

		rc = cli_write_report(&o, d, info);
		if (!rc)
			rc = xabi_diff_exit_bits(d);
	}
	xabi_diff_free(d);
	xabi_rules_release(&rules);
	xabi_profile_free(profile);
	xabi_corpus_free(old);
	xabi_corpus_free(new);
	cli_opts_release(&o);
	return rc;
}

const struct cli_command cmd_diff = {
	.name = "diff",
	.run = run,
	.summary = "compare two sources and report every ABI change",
	.usage = "[OPTIONS] OLD NEW",
	.description =
		"Compare OLD with NEW (each a header tree, git:REV, or an ABI dump)\n"
		"under every configuration both can be compiled in, and report what\n"
		"changed, above all what keeps compiling but changes behaviour: an\n"
		"enumerator value renamed and given a new meaning, a value reused, a\n"
		"layout that differs on one arch. Views: pinned (the same consumer\n"
		"configuration on both sides), latest (each side's latest version),\n"
		"bump (raising the interface version within NEW) and runtime (what a\n"
		"value means at the latest version, which Xen runs). --arch,\n"
		"--audience and --iface narrow what is reported.\n"
		"\n"
		"Per patch, --since RELEASE judges what the patch changes (OLD -> NEW,\n"
		"with OLD its parent) against the release it builds on: a change is\n"
		"no worse than what RELEASE -> NEW says of the same entity (a second\n"
		"domctl change after the cycle's bump is covered by the bump), and a\n"
		"change that RELEASE -> NEW does not show brings back the released ABI\n"
		"(reverting something unreleased): info.\n\n"
		"NEW parses only what changed since OLD: the headers whose bytes\n"
		"changed and those that include them, in the configurations that read\n"
		"them; the other facts are OLD's (a tree or a dump). With --cache DIR,\n"
		"each tree's extraction is kept in DIR and read back the next time:\n"
		"in CI, a patch's parent is then read, not parsed.\n\n"
		"Reports name a header by its path under the header root\n"
		"(hvm/hvm_op.h), in text, xml and junit alike. codequality alone\n"
		"names it from NEW's folder (xen/include/public/hvm/hvm_op.h), as\n"
		"GitLab looks paths up from the repository root: run it with NEW\n"
		"the checkout ('.'). junit marks the headers the profile skips as\n"
		"skipped, with the reason.",
	.options = options,
	.formats = xabi_report_formats,
	.min_args = 2,
	.max_args = 2,
	.examples =
		"  xabi diff xen-4.6/xen/include/public xen-4.7/xen/include/public\n"
		"  xabi diff git:origin/staging .          # a patch in CI\n"
		"  xabi diff --since RELEASE-4.22.0.abi.xml git:HEAD^ .  # judged against the release\n"
		"  xabi diff --cache .xabi-cache git:HEAD^ .   # the parent read from the cache\n"
		"  xabi diff --format xml -o report.xml xen-4.20.abi.xml .\n"
		"  xabi diff -o junit:junit.xml -o codequality:cq.json -o text:- base.abi.xml .\n"
		"  xabi diff --audience guest --iface 0x00040600 old new\n"
		"  xabi diff --rules xen.rules --show-suppressed old new\n",
};
