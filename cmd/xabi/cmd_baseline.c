/* SPDX-License-Identifier: MIT */
/*
 * xabi baseline: one ABI dump per release tag, taken from the repository
 * without a checkout; a dump already there is kept when it was made as a
 * new one would be. Each patch is then checked with 'xabi diff
 * DIR/TAG.abi.xml .', TAG being what 'xabi baseline --base REV' prints.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "commands.h"
#include "xabi/dump.h"
#include "xabi/load.h"
#include "xabi/profile.h"
#include "xabi/source.h"

static const enum cli_opt options[] = {
	OPT_TAGS, OPT_OUTPUT, OPT_BASE, OPT_PROFILE, OPT_ARCH, OPT_AUDIENCE, OPT_JOBS,
	OPT_PROGRESS, OPT_NO_PROGRESS, OPT_QUIET, OPT_MAX_CONFIGS, OPT_MAX_FACTS,
	OPT_HELP, OPT_END
};

/* What a new dump would say about how it was made. */
struct maker {
	const char *profile;
	char *options;
	char *libclang; /* NULL until a dump asks for it: it loads libclang */
};

/* How each tag went. */
struct tally {
	size_t written, kept, skipped, failed;
};

static int write_dump(FILE *fp, void *payload, struct xabi_ctx *ctx)
{
	return xabi_dump_write(payload, fp, ctx);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *or_none(const char *s)
{
	return s && *s ? s : "none";
}

/* Options as a dump records them, for a message. */
static char *options_phrase(const char *options)
{
	char *s = NULL;

	if (*options)
		asprintf(&s, "'%s'", options);
	return s ? s : strdup("the profile's defaults");
}

/* Why the dump at `path` cannot stand for a new one (caller frees), or
 * NULL when it can: another profile, other options, another xabi or
 * libclang, or no record of them (made before they were kept). */
static char *stale(const char *path, struct maker *m)
{
	struct xabi_corpus *c = NULL;
	struct xabi_ctx ctx = { 0 };
	char *why = NULL;

	if (xabi_dump_read_maker(&c, path, &ctx))
		return strdup(ctx.message);
	if (!m->libclang)
		m->libclang = xabi_load_clang_version();
	if (!c->profile || strcmp(c->profile, m->profile))
		asprintf(&why, "it was made with profile %s, not %s", or_none(c->profile),
			 m->profile);
	else if (!c->options)
		why = strdup("it does not record the options it was made with");
	else if (strcmp(c->options, m->options)) {
		char *was = options_phrase(c->options), *now = options_phrase(m->options);

		asprintf(&why, "it was made with %s, not %s", was, now);
		free(was);
		free(now);
	}
	else if (!c->xabi_version || strcmp(c->xabi_version, XABI_VERSION))
		asprintf(&why, "it was made by xabi %s, not %s", or_none(c->xabi_version),
			 XABI_VERSION);
	else if (!c->libclang_version || strcmp(c->libclang_version, m->libclang))
		asprintf(&why, "it was made with libclang '%s', not '%s'",
			 or_none(c->libclang_version), m->libclang);
	xabi_corpus_free(c);
	return why;
}

/* One tag: keep its dump, skip it (not the profile's headers: a note),
 * or write it (a failure is reported and counted, and the run goes on). */
static void baseline_tag(const struct cli_opts *o, const char *tag,
			 const struct xabi_profile *profile, struct maker *m, struct tally *t)
{
	char *source = NULL, *path = NULL, *why = NULL;
	struct xabi_corpus *c = NULL;
	struct xabi_ctx ctx = { 0 };
	struct cli_opts one = *o;
	struct stat st;
	double start = now();
	bool found = false;

	if (asprintf(&source, "git:%s", tag) < 0 ||
	    asprintf(&path, "%s/%s.abi.xml", o->output, tag) < 0) {
		cli_error("out of memory");
		exit(XABI_EXIT_ERROR);
	}
	if (stat(path, &st) == 0 && !(why = stale(path, m))) {
		printf("%s: %s is up to date, kept\n", tag, path);
		t->kept++;
	} else if (xabi_git_has_root(&found, tag, profile, &ctx) == 0 && !found) {
		printf("%s: skipped: %s\n", tag, ctx.message);
		t->skipped++;
	} else {
		if (why)
			printf("%s: writing %s again: %s\n", tag, path, why);
		one.output = path;
		if (cli_load(o, source, &c) || cli_write_output(&one, write_dump, c)) {
			printf("%s: failed\n", tag);
			t->failed++;
		} else {
			printf("%s: %s (%zu facts, %zu configurations, %.1f s)\n", tag, path,
			       c->n_facts, c->space.n_configs, now() - start);
			t->written++;
		}
	}
	fflush(stdout); /* progress, line by line; main() checks for errors */
	xabi_corpus_free(c);
	free(why);
	free(path);
	free(source);
}

/* --base REV: print the release tag REV builds on. */
static int print_base(const struct cli_opts *o)
{
	struct xabi_ctx ctx = { 0 };
	char *tag = NULL;

	if (xabi_git_release_of(&tag, o->base, o->tags, &ctx)) {
		cli_error("%s", ctx.message);
		return XABI_EXIT_ERROR;
	}
	printf("%s\n", tag);
	free(tag);
	return 0;
}

static int write_baselines(const struct cli_opts *o)
{
	struct xabi_profile *profile = NULL;
	struct xabi_load_options lo;
	struct xabi_ctx ctx = { 0 };
	struct maker m = { 0 };
	struct tally t = { 0 };
	char **tags = NULL;
	size_t n = 0;
	int rc = 0;

	if (mkdir(o->output, 0777) != 0 && errno != EEXIST) {
		cli_error("cannot create '%s': %s", o->output, strerror(errno));
		return XABI_EXIT_ERROR;
	}
	if (xabi_profile_load(&profile, o->profile, &ctx) ||
	    xabi_git_tags(&tags, &n, o->tags, &ctx)) {
		cli_error("%s", ctx.message);
		rc = XABI_EXIT_ERROR;
		goto out;
	}
	if (!n)
		cli_warning(o, "no tag matches '%s'", o->tags);
	m.profile = profile->name;
	lo = cli_load_options(o);
	m.options = xabi_load_options_text(&lo);
	for (size_t i = 0; i < n; i++)
		baseline_tag(o, tags[i], profile, &m, &t);
	printf("%zu written, %zu kept, %zu skipped, %zu failed, of %zu tag%s\n", t.written,
	       t.kept, t.skipped, t.failed, n, n == 1 ? "" : "s");
	rc = t.failed ? XABI_EXIT_ERROR : 0;
out:
	for (size_t i = 0; i < n; i++)
		free(tags[i]);
	free(tags);
	free(m.options);
	free(m.libclang);
	xabi_profile_free(profile);
	return rc;
}

static int run(int argc, char **argv)
{
	struct cli_opts o;
	int rc = cli_parse(&cmd_baseline, argc, argv, &o);

	if (rc >= 0)
		return rc;
	if (!o.tags || (!o.output == !o.base))
		rc = cli_usage_error(&cmd_baseline, "give the tags (--tags 'RELEASE-*') and "
				     "either the folder (-o DIR) or --base REV");
	else
		rc = o.base ? print_base(&o) : write_baselines(&o);
	cli_opts_release(&o);
	return rc;
}

const struct cli_command cmd_baseline = {
	.name = "baseline",
	.run = run,
	.summary = "write an ABI dump per release tag; find the release a patch builds on",
	.usage = "--tags PATTERN (-o DIR | --base REV) [OPTIONS]",
	.description =
		"For every tag of the git repository in the current directory that\n"
		"matches PATTERN (a glob, as 'git tag -l' takes), write DIR/TAG.abi.xml:\n"
		"the tag's headers read with git archive (no checkout touched) and\n"
		"dumped as 'xabi dump' would, so the command can run after every\n"
		"release. A dump records how it was made (profile, options, xabi and\n"
		"libclang); one already there is kept when those match, and written\n"
		"again, saying why, when they do not. A tag without the profile's\n"
		"headers (Xen's RELEASE-2.0.x and 3.0.0 lack xen-compat.h) is skipped\n"
		"with a note. Exit status 1 when a dump failed (the other tags are\n"
		"still done); skipped tags do not fail the run.\n"
		"\n"
		"--base REV prints the release REV builds on: the newest tag that is an\n"
		"ancestor of REV, or a newer x.y.0 whose branch forked from REV's\n"
		"history. Xen's release tags sit on its stable-x.y branches, so on\n"
		"master and staging that is the newest RELEASE-x.y.0 (where 'git\n"
		"describe' answers RELEASE-3.0.0), and on a stable branch its newest\n"
		"point release. A branch that forked from master before x.y's stable\n"
		"branch did and was not rebased since also answers x.y.0: tags alone\n"
		"cannot tell its base from the stable branch's own history.",
	.options = options,
	.min_args = 0,
	.max_args = 0,
	.examples =
		"  xabi baseline --tags 'RELEASE-*' -o abi-baselines\n"
		"  base=$(xabi baseline --tags 'RELEASE-*' --base HEAD)\n"
		"  xabi diff abi-baselines/$base.abi.xml .\n",
};
