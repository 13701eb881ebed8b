/* SPDX-License-Identifier: MIT */
/*
 * The text report, for a CI log or a terminal: changes grouped by severity
 * (errors first) and header, one line each in the compiler's
 * "file:line: severity: kind: message" form, an indented detail (old ->
 * new, where, the changes it explains), and a one-line summary at the end.
 */
#include <stdlib.h>
#include <string.h>

#include "xabi/report.h"
#include "xabi/text.h"

static const char *const colors[] = { "\033[36m", "\033[33m", "\033[1;31m" };

/* Every string from the inputs (names, paths, comments in messages, rule
 * labels, package fields) goes out through here: control bytes and what
 * is not UTF-8 are shown as \xNN, never sent to the terminal. */
static void put(FILE *fp, const char *s)
{
	char *safe = xabi_text_escape(s, false);

	fputs(safe ? safe : s, fp);
	free(safe);
}

static void put_side(FILE *fp, const struct xabi_fact *f)
{
	char *attrs;

	if (!f) {
		fputs("(none)", fp);
		return;
	}
	put(fp, f->name);
	attrs = xabi_fact_attrs_text(f);
	if (*attrs) {
		fputc(' ', fp);
		put(fp, attrs);
	}
	free(attrs);
}

/* The changes a finding explains, a line each; the XML report has them
 * whole, with where each applies. */
static void put_consequences(FILE *fp, const struct xabi_diff *d, const struct xabi_change *c)
{
	enum { SHOWN = 10 };

	for (size_t i = 0; i < c->n_consequences && i < SHOWN; i++) {
		const struct xabi_change *e = &c->consequences[i];
		char *where = xabi_space_where(&d->space, e->where);

		fputs("    explains ", fp);
		put(fp, e->file);
		fputc(':', fp);
		if (e->line)
			fprintf(fp, "%u:", e->line);
		fprintf(fp, " %s: ", xabi_change_kind(e->kind)->id);
		put(fp, e->message);
		fputs(" (where: ", fp);
		put(fp, where);
		fputs(")\n", fp);
		free(where);
	}
	if (c->n_consequences > SHOWN)
		fprintf(fp, "    explains %zu more (the XML report lists them)\n",
			c->n_consequences - SHOWN);
}

static void put_change(FILE *fp, const struct xabi_diff *d, const struct xabi_change *c,
		       bool color)
{
	char *where = xabi_space_where(&d->space, c->where);
	char *views = xabi_view_names(c->views);

	put(fp, c->file);
	fputc(':', fp);
	if (c->line)
		fprintf(fp, "%u:", c->line);
	fprintf(fp, " %s%s%s: %s: ",
		color ? colors[c->severity] : "", xabi_severity_name(c->severity),
		color ? "\033[0m" : "", xabi_change_kind(c->kind)->id);
	put(fp, c->message);
	if (c->note) {
		fputs("; ", fp);
		put(fp, c->note);
	}
	fputc('\n', fp);
	if (c->old || c->new) {
		fputs("    ", fp);
		put_side(fp, c->old);
		fputs(" -> ", fp);
		put_side(fp, c->new);
		fputc('\n', fp);
	}
	fputs("    where: ", fp);
	put(fp, where);
	fprintf(fp, "%s%s%s\n", *views ? " (" : "", views, *views ? ")" : "");
	if (c->suppressed_by) {
		fputs("    suppressed by ", fp);
		put(fp, c->suppressed_by);
		fputc('\n', fp);
	}
	put_consequences(fp, d, c);
	free(where);
	free(views);
}

/* What was compared: headers that parsed on both sides, and libraries
 * either side has. */
static void count_compared(const struct xabi_diff *d, size_t *headers, size_t *libraries)
{
	*headers = *libraries = 0;
	for (size_t i = 0; i < d->new->n_headers; i++) {
		const struct xabi_header *h = &d->new->headers[i];
		const struct xabi_header *o = xabi_corpus_header(d->old, h->path);

		*headers += o && !xabi_bitset_empty(o->parsed) && !xabi_bitset_empty(h->parsed);
	}
	for (size_t i = 0; i < d->new->n_facts; i++)
		*libraries += d->new->facts[i]->kind == XABI_KIND_LIBRARY;
	for (size_t i = 0; i < d->old->n_facts; i++) {
		const struct xabi_fact *f = d->old->facts[i];
		bool in_new = false;

		for (size_t j = 0; f->kind == XABI_KIND_LIBRARY && j < d->new->n_facts && !in_new; j++)
			in_new = d->new->facts[j]->kind == XABI_KIND_LIBRARY &&
				 !strcmp(d->new->facts[j]->name, f->name);
		*libraries += f->kind == XABI_KIND_LIBRARY && !in_new;
	}
}

/* One line per package: its versions and a verdict from the changes to
 * the files it brought. */
static void put_package(FILE *fp, const struct xabi_diff *d, const char *name)
{
	const struct xabi_package *o = xabi_corpus_package(d->old, name), *n = xabi_corpus_package(d->new, name);
	size_t count[XABI_SEV_COUNT] = { 0 };
	const char *verdict;

	for (size_t i = 0; i < d->n_changes; i++) {
		const struct xabi_change *c = &d->changes[i];
		const struct xabi_package *p = xabi_corpus_package_of(d->new, c->file);

		p = p ? p : xabi_corpus_package_of(d->old, c->file);
		if (p && !strcmp(p->name, name))
			count[c->severity]++;
	}
	verdict = !o ? "added" : !n ? "removed" :
		  count[XABI_SEV_ERROR] ? "incompatible" :
		  count[XABI_SEV_WARNING] ? "changed, check the warnings" :
		  count[XABI_SEV_INFO] ? "compatible, extended" : "no ABI change";
	fputs("package ", fp);
	put(fp, name);
	fputs(": ", fp);
	put(fp, o ? o->version : "(none)");
	fputs(" -> ", fp);
	put(fp, n ? n->version : "(none)");
	fprintf(fp, ": %s (%zu error%s, %zu warning%s, %zu info)\n", verdict,
		count[XABI_SEV_ERROR], count[XABI_SEV_ERROR] == 1 ? "" : "s",
		count[XABI_SEV_WARNING], count[XABI_SEV_WARNING] == 1 ? "" : "s",
		count[XABI_SEV_INFO]);
}

int xabi_report_text(const struct xabi_diff *d, const struct xabi_report_info *info,
		     FILE *fp, struct xabi_ctx *ctx)
{
	static const char *const titles[] = { "info", "warnings", "errors" };
	int exit_bits = xabi_diff_exit_bits(d);
	size_t headers, libraries;

	fputs("xabi: ", fp);
	put(fp, info->old_source);
	fputs(" -> ", fp);
	put(fp, info->new_source);
	fputc('\n', fp);
	for (size_t i = 0; i < d->new->n_packages; i++)
		put_package(fp, d, d->new->packages[i].name);
	for (size_t i = 0; i < d->old->n_packages; i++)
		if (!xabi_corpus_package(d->new, d->old->packages[i].name))
			put_package(fp, d, d->old->packages[i].name);
	for (size_t i = 0; i < d->n_remarks; i++) {
		fputs("note: ", fp);
		put(fp, d->remarks[i]);
		fputc('\n', fp);
	}
	for (int sev = XABI_SEV_ERROR; sev >= XABI_SEV_INFO; sev--) {
		if (!d->counts[sev])
			continue;
		fprintf(fp, "\n== %s (%zu) ==\n", titles[sev], d->counts[sev]);
		for (size_t i = 0; i < d->n_changes; i++)
			if ((int)d->changes[i].severity == sev)
				put_change(fp, d, &d->changes[i], info->color);
	}
	if (info->show_suppressed && d->n_suppressed) {
		fprintf(fp, "\n== suppressed (%zu) ==\n", d->n_suppressed);
		for (size_t i = 0; i < d->n_suppressed; i++)
			put_change(fp, d, &d->suppressed[i], false);
	}
	count_compared(d, &headers, &libraries);
	fprintf(fp, "\n%s%zu error%s, %zu warning%s, %zu info, %zu suppressed; %zu header%s "
		"and %zu librar%s compared; exit status %d\n", d->n_changes ? "" : "no ABI change: ",
		d->counts[XABI_SEV_ERROR], d->counts[XABI_SEV_ERROR] == 1 ? "" : "s",
		d->counts[XABI_SEV_WARNING], d->counts[XABI_SEV_WARNING] == 1 ? "" : "s",
		d->counts[XABI_SEV_INFO], d->n_suppressed, headers, headers == 1 ? "" : "s",
		libraries, libraries == 1 ? "y" : "ies", exit_bits);
	return ferror(fp) ? XABI_ERROR(ctx, XABI_EIO, "cannot write the report") : 0;
}
