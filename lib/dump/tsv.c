/* SPDX-License-Identifier: MIT */
/*
 * The corpus as tab-separated text for scripts and grep, one fact a line:
 * kind, scope, name, attributes, location, where. Attributes are
 * space-separated key=value pairs; a value with blanks or quotes is written
 * in double quotes with \" and \\ escapes.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "xabi/dump.h"
#include "xabi/text.h"

/* A name or path: control bytes (a tab, a newline, a terminal's escape
 * sequence) and bytes that are not UTF-8 as \xNN, so that a line stays
 * one fact of six columns and a terminal shows it as it is. */
static void put_field(FILE *fp, const char *s)
{
	char *safe = xabi_text_escape(s, false);

	fputs(safe ? safe : s, fp);
	free(safe);
}

/* A value: blanks inside quotes become spaces (a comment over lines
 * stays on one), other control bytes \xNN as in put_field. */
static void put_value(FILE *fp, const char *v)
{
	char *spaced = xabi_xstrdup(v), *safe;
	const char *p;

	for (char *q = spaced; *q; q++)
		if (*q == '\t' || *q == '\n')
			*q = ' ';
	safe = xabi_text_escape(spaced, false);
	p = safe ? safe : spaced;
	if (*p && !strpbrk(p, " \"\\")) {
		fputs(p, fp);
	} else {
		fputc('"', fp);
		for (; *p; p++) {
			if (*p == '"' || *p == '\\')
				fputc('\\', fp);
			fputc(*p, fp);
		}
		fputc('"', fp);
	}
	free(safe);
	free(spaced);
}

int xabi_dump_write_tsv(const struct xabi_corpus *c, const struct xabi_bitset *only,
			FILE *fp, struct xabi_ctx *ctx)
{
	for (size_t i = 0; i < c->n_facts; i++) {
		const struct xabi_fact *f = c->facts[i];
		struct xabi_bitset *in = only ? xabi_bitset_dup(f->where) : NULL;
		char *where;

		if (in)
			xabi_bitset_and(in, only);
		if (in && xabi_bitset_empty(in)) {
			xabi_bitset_free(in);
			continue;
		}
		where = xabi_space_where(&c->space, in ? in : f->where);
		fprintf(fp, "%s\t", xabi_kind_name(f->kind));
		put_field(fp, f->scope ? f->scope : "-");
		fputc('\t', fp);
		put_field(fp, f->name);
		fputc('\t', fp);
		for (unsigned a = 0; a < f->n_attrs; a++) {
			fprintf(fp, "%s%s=", a ? " " : "", f->attrs[a].key);
			put_value(fp, f->attrs[a].value);
		}
		fputc('\t', fp);
		put_field(fp, f->file);
		fprintf(fp, ":%u\t%s\n", f->line, where);
		free(where);
		xabi_bitset_free(in);
	}
	return ferror(fp) ? XABI_ERROR(ctx, XABI_EIO, "cannot write the facts") : 0;
}
