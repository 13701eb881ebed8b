/* SPDX-License-Identifier: MIT */
/*
 * xabi compat APP LIB...: does a program (or library) built against older
 * libraries still resolve against these?
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "xabi/diff.h"
#include "xabi/elf.h"
#include "xabi/report.h"

static const enum cli_opt options[] = {
	OPT_FORMAT, OPT_OUTPUT, OPT_QUIET, OPT_HELP, OPT_END
};

/* Where a system keeps libraries for an arch (Debian's multiarch). */
static const char *const *system_dirs(const char *arch)
{
	static const char *const x86_64[] = { "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
					      "/lib64", "/usr/lib64", "/lib", "/usr/lib", NULL };
	static const char *const x86_32[] = { "/lib/i386-linux-gnu", "/usr/lib/i386-linux-gnu",
					      "/lib32", "/usr/lib32", NULL };
	static const char *const arm64[] = { "/lib/aarch64-linux-gnu",
					     "/usr/lib/aarch64-linux-gnu", NULL };
	static const char *const arm32[] = { "/lib/arm-linux-gnueabihf",
					     "/usr/lib/arm-linux-gnueabihf", NULL };

	return !strcmp(arch, "x86_64") ? x86_64 : !strcmp(arch, "x86_32") ? x86_32 :
	       !strcmp(arch, "arm64") ? arm64 : arm32;
}

/* The application's other dependencies (NEEDED, not given), from the
 * system, so that its unversioned imports can be found. */
static int load_fallback(struct cli_opts *o, const struct xabi_corpus *app,
			 const struct xabi_corpus *libs, struct xabi_corpus **out)
{
	char **found = NULL;
	size_t n = 0;
	int rc = 0;

	for (size_t i = 0; i < app->n_facts; i++) {
		const struct xabi_fact *f = app->facts[i];
		char *needed, *save = NULL;

		if (f->kind != XABI_KIND_LIBRARY)
			continue;
		needed = strdup(xabi_fact_attr(f, "needed"));
		for (char *lib = strtok_r(needed, " ", &save); lib; lib = strtok_r(NULL, " ", &save)) {
			bool given = false;

			for (size_t j = 0; j < libs->n_facts && !given; j++)
				given = libs->facts[j]->kind == XABI_KIND_LIBRARY &&
					!strcmp(libs->facts[j]->name, lib);
			for (const char *const *d = system_dirs(app->space.arches[0].name); !given && *d; d++) {
				char *path = malloc(strlen(*d) + strlen(lib) + 2);

				sprintf(path, "%s/%s", *d, lib);
				if (access(path, R_OK) == 0) {
					found = realloc(found, (n + 1) * sizeof(char *));
					found[n++] = path;
					break;
				}
				free(path);
			}
		}
		free(needed);
	}
	if (n)
		rc = cli_load_libraries(o, found, n, out);
	for (size_t i = 0; i < n; i++)
		free(found[i]);
	free(found);
	return rc;
}

static int run(int argc, char **argv)
{
	struct cli_opts o;
	struct xabi_corpus *app = NULL, *libs = NULL, *fallback = NULL;
	struct xabi_diff *d = NULL;
	struct xabi_ctx ctx = { 0 };
	char *label = NULL;
	int rc = cli_parse(&cmd_compat, argc, argv, &o);

	if (rc >= 0)
		return rc;
	rc = cli_load_libraries(&o, o.args, 1, &app);
	if (!rc)
		rc = cli_load_libraries(&o, o.args + 1, o.n_args - 1, &libs);
	if (!rc)
		rc = load_fallback(&o, app, libs, &fallback);
	if (!rc && xabi_compat_compute(&d, app, libs, fallback, &ctx)) {
		cli_error("%s", ctx.message);
		rc = XABI_EXIT_ERROR;
	}
	if (!rc) {
		label = malloc(strlen(o.args[1]) + 16);
		sprintf(label, "%s%s", o.args[1], o.n_args > 2 ? " ..." : "");
		rc = cli_write_report(&o, d, (struct xabi_report_info){ .old_source = o.args[0],
									.new_source = label });
		if (!rc)
			rc = xabi_diff_exit_bits(d);
	}
	free(label);
	xabi_diff_free(d);
	xabi_corpus_free(app);
	xabi_corpus_free(libs);
	xabi_corpus_free(fallback);
	cli_opts_release(&o);
	return rc;
}

const struct cli_command cmd_compat = {
	.name = "compat",
	.run = run,
	.summary = "check that a program still resolves against new libraries",
	.usage = "[OPTIONS] APP LIB...",
	.description =
		"Read the symbols APP (a program or a library) imports and check that\n"
		"the libraries LIB... provide them: a versioned import (name@VERSION)\n"
		"from one of these libraries must be defined at that version; an\n"
		"unversioned one must be defined by them or by APP's other\n"
		"dependencies, looked up in the system's library folders. Each missing\n"
		"one is compat.symbol-unresolved (an error). Report formats and exit\n"
		"status are those of 'xabi diff'.",
	.options = options,
	.formats = xabi_report_formats,
	.min_args = 2,
	.max_args = 1024,
	.examples =
		"  xabi compat /usr/sbin/xl new/usr/lib/x86_64-linux-gnu/libxen*.so.*\n",
};
