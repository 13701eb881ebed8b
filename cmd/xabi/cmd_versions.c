/* SPDX-License-Identifier: MIT */
/* xabi versions: the interface-version partitions found in a tree. */
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "xabi/profile.h"
#include "xabi/scan.h"
#include "xabi/source.h"

static const enum cli_opt options[] = {
	OPT_PROFILE, OPT_VERSION_MACRO, OPT_QUIET, OPT_HELP, OPT_END
};

/* The headers whose conditions change at `v`, space-separated. */
static size_t headers_at(const struct xabi_scan *s, uint64_t v, FILE *fp)
{
	size_t n = 0;

	for (size_t i = 0; i < s->n_files; i++)
		for (size_t t = 0; t < s->files[i].n_thresholds; t++)
			if (s->files[i].thresholds[t].value == v) {
				if (fp) {
					fputc(' ', fp);
					cli_put(fp, s->files[i].path);
				}
				n++;
				break;
			}
	return n;
}

static void print_title(const char *source, const char *macro)
{
	printf("# interface-version partitions of ");
	cli_put(stdout, source);
	printf(": %s compared in #if/#elif\n", macro);
}

/* The partitions of the headers in `dir`, found by scanning them. */
static int tree_versions(const struct cli_opts *o, const char *source, const char *dir)
{
	struct xabi_profile *profile = NULL;
	struct xabi_tree *tree = NULL;
	struct xabi_scan *scan = NULL;
	uint64_t *bounds = NULL;
	size_t n = 0;
	int rc = cli_open_tree(o, dir, &profile, &tree, &scan);

	if (!rc && !profile->version_macro) {
		cli_error("profile '%s' names no interface-version macro "
			  "(give one with --version-macro)", profile->name);
		rc = XABI_EXIT_ERROR;
	}
	if (rc)
		goto out;
	xabi_scan_partitions(scan, NULL, &bounds, &n);
	print_title(source, profile->version_macro);
	if (scan->have_latest) {
		printf("# latest: 0x%08llx (%s in ", (unsigned long long)scan->latest,
		       profile->latest_macro);
		cli_put(stdout, scan->latest_file);
		printf(")\n");
	}
	printf("# from        headers\n");
	for (size_t i = 0; i < n; i++) {
		printf("0x%08llx  %4zu ", (unsigned long long)bounds[i],
		       headers_at(scan, bounds[i], NULL));
		if (i == 0)
			printf(" (a guest that defines no version)");
		headers_at(scan, bounds[i], stdout);
		printf("\n");
	}
out:
	free(bounds);
	xabi_scan_free(scan);
	xabi_tree_free(tree);
	xabi_profile_free(profile);
	return rc;
}

/* The partitions a dump records; which headers made them it does not. */
static int dump_versions(const struct cli_opts *o, const char *source)
{
	struct xabi_corpus *c = NULL;
	int rc = cli_load(o, source, &c);

	if (!rc && !c->version_macro) {
		cli_error("'%s' has no interface versions", source);
		rc = XABI_EXIT_ERROR;
	}
	if (rc)
		goto out;
	print_title(source, c->version_macro);
	if (c->latest_macro)
		printf("# latest: 0x%08llx (%s)\n", (unsigned long long)c->latest,
		       c->latest_macro);
	printf("# from        headers (a dump records partitions, not the headers that make them)\n");
	for (size_t i = 0; i < c->n_partitions; i++)
		printf("0x%08llx     -%s\n", (unsigned long long)c->partitions[i].lo,
		       i ? "" : "  (a guest that defines no version)");
out:
	xabi_corpus_free(c);
	return rc;
}

static int run(int argc, char **argv)
{
	struct cli_opts o;
	char *dir = NULL;
	bool temporary = false;
	int rc = cli_parse(&cmd_versions, argc, argv, &o);

	if (rc >= 0)
		return rc;
	rc = cli_source_folder(&o, o.args[0], &dir, &temporary);
	if (!rc)
		rc = dir ? tree_versions(&o, o.args[0], dir) : dump_versions(&o, o.args[0]);
	if (temporary)
		xabi_remove_tree(dir);
	free(dir);
	cli_opts_release(&o);
	return rc;
}

const struct cli_command cmd_versions = {
	.name = "versions",
	.run = run,
	.summary = "list the interface-version partitions a tree's conditions create",
	.usage = "[OPTIONS] SOURCE",
	.description =
		"Scan SOURCE's #if/#elif conditions for comparisons of the\n"
		"interface-version macro (__XEN_INTERFACE_VERSION__ for Xen) with\n"
		"constants. Each constant starts a partition: consumers whose version\n"
		"falls in the same partition see the same headers, so xabi evaluates\n"
		"one version per partition. One line per partition: its lower bound,\n"
		"how many headers compare against it, and which. SOURCE is any that\n"
		"'xabi diff' takes: a tree, git:REV, a .deb or a folder of them, or a\n"
		"dump (which records the partitions but not the headers behind them).",
	.options = options,
	.min_args = 1,
	.max_args = 1,
	.examples =
		"  xabi versions xen/include/public\n"
		"  xabi versions git:RELEASE-4.20.0\n"
		"  xabi versions xen-4.20.abi.xml\n",
};
