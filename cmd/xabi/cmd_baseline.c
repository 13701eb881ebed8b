/* SPDX-License-Identifier: MIT */
/*
 * xabi baseline: one ABI dump per release tag, taken from the repository
 * without a checkout, skipping those already written. Each patch is then
 * checked with 'xabi diff DIR/TAG.abi.xml .'.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "commands.h"
#include "xabi/dump.h"
#include "xabi/source.h"

static const enum cli_opt options[] = {
	OPT_TAGS, OPT_OUTPUT, OPT_PROFILE, OPT_ARCH, OPT_AUDIENCE, OPT_JOBS,
	OPT_PROGRESS, OPT_NO_PROGRESS, OPT_QUIET, OPT_MAX_CONFIGS, OPT_MAX_FACTS,
	OPT_HELP, OPT_END
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

static int run(int argc, char **argv)
{
	struct cli_opts o;
	struct xabi_ctx ctx = { 0 };
	char **tags = NULL;
	size_t n = 0, written = 0;
	int rc = cli_parse(&cmd_baseline, argc, argv, &o);

	if (rc >= 0)
		return rc;
	rc = 0;
	if (!o.tags || !o.output)
		rc = cli_usage_error(&cmd_baseline, "give the tags (--tags 'RELEASE-*') and "
				     "the folder (-o DIR)");
	if (!rc && mkdir(o.output, 0777) != 0 && errno != EEXIST) {
		cli_error("cannot create '%s': %s", o.output, strerror(errno));
		rc = XABI_EXIT_ERROR;
	}
	if (!rc && xabi_git_tags(&tags, &n, o.tags, &ctx)) {
		cli_error("%s", ctx.message);
		rc = XABI_EXIT_ERROR;
	}
	if (!rc && !n)
		cli_warning(&o, "no tag matches '%s'", o.tags);
	for (size_t i = 0; !rc && i < n; i++) {
		char *source = malloc(strlen(tags[i]) + 5);
		char *path = malloc(strlen(o.output) + strlen(tags[i]) + 10);
		struct xabi_corpus *c = NULL;
		struct stat st;
		struct cli_opts one = o;
		double start = now();

		sprintf(source, "git:%s", tags[i]);
		sprintf(path, "%s/%s.abi.xml", o.output, tags[i]);
		if (stat(path, &st) == 0) {
			printf("%s: %s exists, skipped\n", tags[i], path);
		} else if (!(rc = cli_load(&o, source, &c))) {
			one.output = path;
			rc = cli_write_output(&one, write_dump, c);
			if (!rc) {
				printf("%s: %s (%zu facts, %zu configurations, %.1f s)\n", tags[i],
				       path, c->n_facts, c->n_configs, now() - start);
				written++;
			}
		}
		fflush(stdout); /* progress, line by line; main() checks for errors */
		xabi_corpus_free(c);
		free(source);
		free(path);
	}
	if (!rc)
		printf("%zu dump%s written, %zu tag%s\n", written, written == 1 ? "" : "s", n,
		       n == 1 ? "" : "s");
	for (size_t i = 0; i < n; i++)
		free(tags[i]);
	free(tags);
	cli_opts_release(&o);
	return rc;
}

const struct cli_command cmd_baseline = {
	.name = "baseline",
	.run = run,
	.summary = "write an ABI dump per release tag (for per-patch checks)",
	.usage = "--tags PATTERN -o DIR [OPTIONS]",
	.description =
		"For every tag of the git repository in the current directory that\n"
		"matches PATTERN (a glob, as 'git tag -l' takes), write DIR/TAG.abi.xml:\n"
		"the tag's headers read with git archive (no checkout touched) and\n"
		"dumped as 'xabi dump' would. Dumps already there are skipped, so the\n"
		"command can run after every release. A patch is then checked against\n"
		"the release it builds on with 'xabi diff DIR/TAG.abi.xml .'.",
	.options = options,
	.min_args = 0,
	.max_args = 0,
	.examples =
		"  xabi baseline --tags 'RELEASE-*' -o abi-baselines\n"
		"  xabi diff abi-baselines/RELEASE-4.20.0.abi.xml .\n",
};
