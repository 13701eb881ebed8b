/* SPDX-License-Identifier: MIT */
/* xabi kinds: the change catalog, from the table the diff uses. */
#include "commands.h"
#include "xabi/diff.h"

static const enum cli_opt options[] = { OPT_HELP, OPT_END };

static int run(int argc, char **argv)
{
	struct cli_opts o;
	int rc = cli_parse(&cmd_kinds, argc, argv, &o);

	if (rc >= 0)
		return rc;
	printf("%-30s %-8s %-11s %s\n", "kind", "severity", "class", "meaning");
	for (int i = 0; i < XABI_CH_COUNT; i++) {
		const struct xabi_change_kind *k = xabi_change_kind((enum xabi_change_id)i);

		printf("%-30s %-8s %-11s %s\n", k->id, xabi_severity_name(k->severity),
		       xabi_compat_name(k->compat), k->summary);
	}
	cli_opts_release(&o);
	return XABI_EXIT_OK;
}

const struct cli_command cmd_kinds = {
	.name = "kinds",
	.run = run,
	.summary = "list the change kinds a diff reports, with their default severity",
	.usage = "",
	.description =
		"List the change catalog: each kind the diff reports (the 'kind'\n"
		"attribute of the XML report), its default severity, and its\n"
		"compatibility class: binary (compiled consumers break), source (they\n"
		"stop compiling), semantic (they compile and then behave differently)\n"
		"or compatible.",
	.options = options,
	.min_args = 0,
	.max_args = 0,
};
