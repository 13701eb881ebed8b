/* SPDX-License-Identifier: MIT */
/*
 * The command's side of loading: the options as xabi_load_source() takes
 * them (lib/load decides what a SOURCE is), its lines on stderr, its
 * errors as exit codes; and the policies a diff is judged by.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "xabi/diff.h"
#include "xabi/load.h"
#include "xabi/profile.h"
#include "xabi/rules.h"

/* payload: the side being loaded ("old", "new"), or NULL. */
static void show_progress(size_t done, size_t total, const char *what, void *payload)
{
	const char *side = payload;

	fprintf(stderr, "\r\033[K[%s%s%zu/%zu] ", side ? side : "", side ? " " : "",
		done, total);
	cli_put(stderr, what);
	if (done == total)
		fputs("\r\033[K", stderr);
	fflush(stderr);
}

bool cli_progress_wanted(const struct cli_opts *o)
{
	return o->progress == 1 || (o->progress == -1 && isatty(STDERR_FILENO));
}

/* A warning of a load, said once per run: both sides of a diff (and the
 * release of --since) are read with one profile and sysroot, and what they
 * share (an arch without its C library) would otherwise be said again. */
static void warn_line(const char *line, void *payload)
{
	static char **said;
	static size_t n_said;
	char **grown;

	for (size_t i = 0; i < n_said; i++)
		if (!strcmp(said[i], line))
			return;
	grown = realloc(said, (n_said + 1) * sizeof(*said));
	if (grown) {
		said = grown;
		if ((said[n_said] = strdup(line)))
			n_said++;
	}
	cli_warning(payload, "%s", line);
}

static void say_line(const char *line, void *payload)
{
	(void)payload;
	fputs("xabi: ", stderr);
	cli_put(stderr, line);
	fputc('\n', stderr);
}

struct xabi_load_options cli_load_options(const struct cli_opts *o)
{
	return (struct xabi_load_options){
		.profile = o->profile,
		.includes = o->includes, .n_includes = o->n_includes,
		.defines = o->defines, .n_defines = o->n_defines,
		.version_macro = o->version_macro, .sysroot = o->sysroot,
		.selection = cli_selection(o), .limits = o->limits, .jobs = o->jobs,
		.reference = o->full_parse ? NULL : o->reference,
		.reference_source = o->reference_source, .cache = o->cache,
		/* The bar of parses shows even with --quiet, as it always
		 * has; the progress lines do not. */
		.warn = warn_line, .say = !o->quiet && cli_progress_wanted(o) ? say_line : NULL,
		.payload = (void *)o,
		.progress = cli_progress_wanted(o) ? show_progress : NULL,
		.progress_payload = (void *)o->side,
	};
}

int cli_exit_code(const struct xabi_ctx *ctx)
{
	cli_error("%s", ctx->message);
	return ctx->code == XABI_EUSAGE ? XABI_EXIT_USAGE : XABI_EXIT_ERROR;
}

int cli_load(const struct cli_opts *o, const char *source, struct xabi_corpus **out)
{
	struct xabi_load_options lo = cli_load_options(o);
	struct xabi_ctx ctx = { 0 };

	return xabi_load_source(out, source, &lo, &ctx) ? cli_exit_code(&ctx) : 0;
}

int cli_load_libraries(const struct cli_opts *o, char *const *files, size_t n,
		       struct xabi_corpus **c)
{
	struct xabi_load_options lo = cli_load_options(o);
	struct xabi_ctx ctx = { 0 };

	return xabi_load_libraries(c, NULL, files, n, &lo, &ctx) ?
	       cli_exit_code(&ctx) : 0;
}

void cli_preload_frontend(const struct cli_opts *o)
{
	xabi_load_preload(o->args, o->n_args);
}

int cli_load_policy(const struct cli_opts *o, const struct xabi_corpus *new,
		    struct xabi_profile **profile, struct xabi_rules *rules)
{
	struct xabi_load_options lo = cli_load_options(o);
	struct xabi_ctx ctx = { 0 };
	/* A dump knows the profile it was made with. */
	const char *from_dump = !o->profile_given && new && new->profile &&
				*new->profile ? new->profile : NULL;

	if (xabi_load_profile(profile, &lo, from_dump, &ctx)) {
		cli_error(from_dump ? "cannot use the profile the dump names: %s; "
			  "give --profile" : "%s", ctx.message);
		return XABI_EXIT_ERROR;
	}
	for (size_t i = 0; i < o->n_rules; i++)
		if (xabi_rules_load(rules, o->rules[i], &ctx)) {
			cli_error("%s", ctx.message);
			return XABI_EXIT_ERROR;
		}
	for (size_t i = 0; i < rules->n_warnings; i++)
		cli_warning(o, "%s", rules->warnings[i]);
	return 0;
}

int cli_diff(const struct cli_opts *o, const struct xabi_corpus *old,
	     const struct xabi_corpus *new, const struct xabi_profile *profile,
	     const struct xabi_rules *rules, struct xabi_diff **out)
{
	struct xabi_selection select = cli_selection(o);
	struct xabi_ctx ctx = { 0 };

	*out = NULL;
	if (xabi_diff_compute(out, old, new, &select, &ctx) ||
	    xabi_policy_apply(*out, profile, rules, &ctx)) {
		cli_error("%s", ctx.message);
		xabi_diff_free(*out);
		*out = NULL;
		return XABI_EXIT_ERROR;
	}
	return 0;
}
