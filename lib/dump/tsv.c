/* SPDX-License-Identifier: MIT */
/*
 * The corpus as tab-separated text for scripts and grep, one fact a line:
 * kind, scope, name, attributes, location, where. Attributes are
 * space-separated key=value pairs; a value with blanks or quotes is written
 * in double quotes with \" and \\ escapes.
 */
#include <stdlib.h>
#include <string.h>

#include "xabi/dump.h"

static void put_value(FILE *fp, const char *v)
{
	if (*v && !strpbrk(v, " \t\n\"\\")) {
		fputs(v, fp);
		return;
	}
	fputc('"', fp);
	for (; *v; v++) {
		if (*v == '"' || *v == '\\')
			fputc('\\', fp);
		fputc(*v == '\t' || *v == '\n' ? ' ' : *v, fp);
	}
	fputc('"', fp);
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
		where = xabi_corpus_where(c, in ? in : f->where);
		fprintf(fp, "%s\t%s\t%s\t", xabi_kind_name(f->kind),
			f->scope ? f->scope : "-", f->name);
		for (unsigned a = 0; a < f->n_attrs; a++) {
			fprintf(fp, "%s%s=", a ? " " : "", f->attrs[a].key);
			put_value(fp, f->attrs[a].value);
		}
		fprintf(fp, "\t%s:%u\t%s\n", f->file, f->line, where);
		free(where);
		xabi_bitset_free(in);
	}
	return ferror(fp) ? XABI_ERROR(ctx, XABI_EIO, "cannot write the facts") : 0;
}
