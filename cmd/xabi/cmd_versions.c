/* SPDX-License-Identifier: MIT */
/* xabi versions: the interface-version partitions found in a tree. */
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "xabi/load.h"

static const enum cli_opt options[] = {
	OPT_PROFILE, OPT_VERSION_MACRO, OPT_QUIET, OPT_HELP, OPT_END
};

static void print_title(const char *source, const char *macro)
{
	printf("# interface-version partitions of ");
	cli_put(stdout, source);
	printf(": %s compared in #if/#elif\n", macro);
}

static void print_versions(const char *source, const struct xabi_versions *v)
{
	print_title(source, v->macro);
	if (v->latest_macro && v->latest_file) {
		printf("# latest: 0x%08llx (%s in ", (unsigned long long)v->latest,
		       v->latest_macro);
		cli_put(stdout, v->latest_file);
		printf(")\n");
	} else if (v->latest_macro) {
		printf("# latest: 0x%08llx (%s)\n", (unsigned long long)v->latest,
		       v->latest_macro);
	}
	if (v->from_dump)
		printf("# from        headers (a dump records partitions, not the headers "
		       "that make them)\n");
	else
		printf("# from        headers\n");
	for (size_t i = 0; i < v->n; i++) {
		const struct xabi_versions_row *row = &v->rows[i];

		if (v->from_dump) {
			printf("0x%08llx     -%s\n", (unsigned long long)row->from,
			       i ? "" : "  (a guest that defines no version)");
			continue;
		}
		printf("0x%08llx  %4zu ", (unsigned long long)row->from, row->n_headers);
		if (i == 0)
			printf(" (a guest that defines no version)");
		for (size_t j = 0; j < row->n_headers; j++) {
			fputc(' ', stdout);
			cli_put(stdout, row->headers[j]);
		}
		printf("\n");
	}
}

static int run(int argc, char **argv)
{
	struct cli_opts o;
	struct xabi_load_options lo;
	struct xabi_versions *v = NULL;
	struct xabi_ctx ctx = { 0 };
	int rc = cli_parse(&cmd_versions, argc, argv, &o);

	if (rc >= 0)
		return rc;
	lo = cli_load_options(&o);
	rc = xabi_load_versions(&v, o.args[0], &lo, &ctx) ? cli_exit_code(&ctx) : 0;
	if (!rc)
		print_versions(o.args[0], v);
	xabi_versions_free(v);
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
