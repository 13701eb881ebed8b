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
	printf("%-30s %-8s %-11s %-20s %s\n", "kind", "severity", "class", "in view", "meaning");
	for (int i = 0; i < XABI_CH_COUNT; i++) {
		const struct xabi_change_kind *k = xabi_change_kind((enum xabi_change_id)i);

		printf("%-30s %-8s %-11s %-20s %s\n", k->id, xabi_severity_name(k->severity),
		       xabi_compat_name(k->compat), xabi_change_view_note((enum xabi_change_id)i),
		       k->summary);
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
		"attribute of the XML report), its default severity, the views where\n"
		"it has another (bump: raising the interface version within the new\n"
		"release; runtime: each version against the latest, which Xen runs),\n"
		"and its compatibility class: binary (compiled consumers break),\n"
		"source (they stop compiling), semantic (they compile and then behave\n"
		"differently) or compatible.\n"
		"\n"
		"A diff then decides who a change reaches: an error stays an error\n"
		"only where a consumer that exists today breaks (docs/design.md,\n"
		"\"Verdicts\"); the profile's policies and a rules file may lower it.",
	.options = options,
	.min_args = 0,
	.max_args = 0,
};
