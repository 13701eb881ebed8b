/* SPDX-License-Identifier: MIT */
/*
 * xabi show: one entity across all configurations, as a table whose rows
 * are the distinct variants and where each holds, ranges merged.
 */
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "xabi/text.h"

static const enum cli_opt options[] = {
	OPT_PROFILE, OPT_ARCH, OPT_AUDIENCE, OPT_IFACE, OPT_INCLUDE, OPT_DEFINE,
	OPT_VERSION_MACRO, OPT_JOBS, OPT_PROGRESS, OPT_NO_PROGRESS, OPT_QUIET,
	OPT_MAX_CONFIGS, OPT_MAX_FACTS, OPT_HELP, OPT_END
};

#define COLUMNS 4

struct row {
	char *col[COLUMNS];
	long long order; /* value or offset, to sort members */
	size_t index;    /* corpus order, for ties */
};

struct table {
	struct row *rows;
	size_t n;
};

static char *attrs_text(const struct xabi_fact *f, const char *skip)
{
	size_t len = 1;
	char *s;

	for (unsigned i = 0; i < f->n_attrs; i++)
		len += strlen(f->attrs[i].key) + strlen(f->attrs[i].value) + 2;
	s = calloc(1, len);
	for (unsigned i = 0; s && i < f->n_attrs; i++) {
		if (skip && !strcmp(f->attrs[i].key, skip))
			continue;
		if (*s)
			strcat(s, " ");
		strcat(s, f->attrs[i].key);
		strcat(s, "=");
		strcat(s, f->attrs[i].value);
	}
	return s;
}

static char *location(const struct xabi_fact *f)
{
	size_t len = strlen(f->file) + 16;
	char *s = malloc(len);

	if (s)
		snprintf(s, len, "%s:%u", f->file, f->line);
	return s;
}

/* Names and files as a terminal shows them (xabi_text_escape); takes
 * `s` and returns what to free. */
static char *terminal_safe(char *s)
{
	char *safe = s ? xabi_text_escape(s, false) : NULL;

	if (!safe)
		return s;
	free(s);
	return safe;
}

static void add_row(struct table *t, const struct xabi_corpus *c, size_t i,
		    char *first, char *second, long long order)
{
	const struct xabi_fact *f = c->facts[i];
	struct row *r;

	t->rows = realloc(t->rows, (t->n + 1) * sizeof(*t->rows));
	r = &t->rows[t->n++];
	r->col[0] = terminal_safe(first);
	r->col[1] = terminal_safe(second);
	r->col[2] = terminal_safe(xabi_corpus_where(c, f->where));
	r->col[3] = terminal_safe(location(f));
	r->order = order;
	r->index = i;
}

static int row_cmp(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* Print the rows aligned, leaving out columns that are empty in all. */
static void print_table(struct table *t, const char *title)
{
	size_t width[COLUMNS] = { 0 };
	int last = 0;

	if (!t->n)
		return;
	qsort(t->rows, t->n, sizeof(*t->rows), row_cmp);
	for (size_t i = 0; i < t->n; i++)
		for (int k = 0; k < COLUMNS; k++)
			if (strlen(t->rows[i].col[k]) > width[k])
				width[k] = strlen(t->rows[i].col[k]);
	for (int k = 0; k < COLUMNS; k++)
		if (width[k])
			last = k;
	cli_put(stdout, title);
	putchar('\n');
	for (size_t i = 0; i < t->n; i++) {
		printf(" ");
		for (int k = 0; k < COLUMNS; k++) {
			if (width[k])
				printf(" %-*s", k < last ? (int)width[k] : 0,
				       t->rows[i].col[k]);
			free(t->rows[i].col[k]);
		}
		printf("\n");
	}
	free(t->rows);
	t->rows = NULL;
	t->n = 0;
}

static long long member_order(const struct xabi_fact *f)
{
	const char *v = xabi_fact_attr(f, f->kind == XABI_KIND_FIELD ? "offset" : "value");

	return v ? strtoll(v, NULL, 10) : 0;
}

static int show(const struct xabi_corpus *c, const char *name)
{
	struct table t = { 0 };
	size_t found = 0;
	char title[512];

	/* The entity itself, each kind of it in turn. */
	for (int kind = 0; kind < XABI_KIND_COUNT; kind++) {
		for (size_t i = 0; i < c->n_facts; i++) {
			const struct xabi_fact *f = c->facts[i];

			if ((int)f->kind != kind || strcmp(f->name, name))
				continue;
			add_row(&t, c, i, strdup(f->scope ? f->scope : ""),
				attrs_text(f, NULL), 0);
			found++;
		}
		snprintf(title, sizeof(title), "%s %s", xabi_kind_name(kind), name);
		print_table(&t, title);
	}
	/* Its members: enumerators by value, fields by offset. */
	for (size_t i = 0; i < c->n_facts; i++) {
		const struct xabi_fact *f = c->facts[i];

		if (!f->scope || strcmp(f->scope, name))
			continue;
		add_row(&t, c, i, strdup(f->name),
			attrs_text(f, NULL), member_order(f));
		found++;
	}
	snprintf(title, sizeof(title), "members of %s", name);
	print_table(&t, title);
	return found ? 0 : -1;
}

static int run(int argc, char **argv)
{
	struct cli_opts o;
	struct xabi_corpus *c = NULL;
	int rc = cli_parse(&cmd_show, argc, argv, &o);

	if (rc >= 0)
		return rc;
	cli_preload_frontend(&o);
	rc = cli_load(&o, o.args[0], &c);
	if (!rc && show(c, o.args[1]) < 0) {
		cli_error("no enum, enumerator, macro, record, field, typedef, function "
			  "or variable named '%s' in '%s'", o.args[1], o.args[0]);
		rc = XABI_EXIT_ERROR;
	}
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
