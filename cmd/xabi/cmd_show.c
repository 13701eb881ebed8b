/* SPDX-License-Identifier: MIT */
/*
 * xabi show: one entity across all configurations, as a table whose rows
 * are the distinct variants and where each holds, ranges merged.
 */
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "show.h"
#include "xabi/entity.h"
#include "xabi/text.h"

static const enum cli_opt options[] = {
	OPT_PROFILE, OPT_ARCH, OPT_AUDIENCE, OPT_IFACE, OPT_INCLUDE, OPT_SYSROOT, OPT_DEFINE,
	OPT_VERSION_MACRO, OPT_JOBS, OPT_PROGRESS, OPT_NO_PROGRESS, OPT_QUIET,
	OPT_MAX_CONFIGS, OPT_MAX_FACTS, OPT_HELP, OPT_END
};

/* A column as a terminal shows it (xabi_text_escape); what to free. */
static char *terminal_safe(const char *s)
{
	char *safe = xabi_text_escape(s, false);

	return safe ? safe : strdup(s);
}

/* Print the rows aligned, leaving out columns that are empty in all. */
static void print_section(const struct xabi_entity_section *s)
{
	size_t width[XABI_ENTITY_COLUMNS] = { 0 };
	int last = 0;

	for (size_t i = 0; i < s->n_rows; i++)
		for (int k = 0; k < XABI_ENTITY_COLUMNS; k++) {
			char *safe = terminal_safe(s->rows[i].col[k]);

			if (safe && strlen(safe) > width[k])
				width[k] = strlen(safe);
			free(safe);
		}
	for (int k = 0; k < XABI_ENTITY_COLUMNS; k++)
		if (width[k])
			last = k;
	cli_put(stdout, s->title);
	putchar('\n');
	for (size_t i = 0; i < s->n_rows; i++) {
		printf(" ");
		for (int k = 0; k < XABI_ENTITY_COLUMNS; k++) {
			char *safe = terminal_safe(s->rows[i].col[k]);

			if (width[k] && safe)
				printf(" %-*s", k < last ? (int)width[k] : 0, safe);
			free(safe);
		}
		printf("\n");
	}
}

void show_print_entity(const struct xabi_entity *e)
{
	for (size_t i = 0; i < e->n_sections; i++)
		print_section(&e->sections[i]);
}

static int run(int argc, char **argv)
{
	struct cli_opts o;
	struct xabi_corpus *c = NULL;
	struct xabi_entity *e = NULL;
	struct xabi_ctx ctx = { 0 };
	int rc = cli_parse(&cmd_show, argc, argv, &o);

	if (rc >= 0)
		return rc;
	cli_preload_frontend(&o);
	rc = cli_load(&o, o.args[0], &c);
	if (!rc && xabi_entity_find(&e, c, o.args[1], &ctx)) {
		cli_error("%s in '%s'", ctx.message, o.args[0]);
		rc = XABI_EXIT_ERROR;
	}
	if (!rc)
		show_print_entity(e);
	xabi_entity_free(e);
	xabi_corpus_free(c);
	cli_opts_release(&o);
	return rc;
}

const struct cli_command cmd_show = {
	.name = "show",
	.run = run,
	.summary = "show one entity across every configuration",
	.usage = "[OPTIONS] SOURCE NAME",
	.description =
		"Show the enum, enumerator, macro, record, field, typedef, function or\n"
		"variable NAME as SOURCE declares it, one row per distinct variant with\n"
		"the configurations where it holds, then its members (enumerators by\n"
		"value, fields by offset). Where an interface version changes a name or\n"
		"a layout, the rows show which versions see which.",
	.options = options,
	.min_args = 2,
	.max_args = 2,
	.examples =
		"  xabi show xen-4.7/xen/include/public hvmmem_type_t\n"
		"  xabi show --arch x86_32,x86_64 . vcpu_guest_context\n",
};
