/* SPDX-License-Identifier: MIT */
/*
 * GitLab's Code Quality report (a JSON array), so that merge requests show
 * each finding on its line: description, check_name, fingerprint,
 * severity, location (path from the repository root, line).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/utf8.h"
#include "xabi/report.h"

/* A JSON string that is valid UTF-8 whatever the bytes: control
 * characters escaped, a byte that is not UTF-8 written as U+FFFD. */
static void put_string(FILE *fp, const char *s)
{
	fputc('"', fp);
	while (*s) {
		unsigned char c = (unsigned char)*s;
		size_t n = xabi_utf8_sequence(s);

		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", fp);
		else if (c < 0x20 || c == 0x7f)
			fprintf(fp, "\\u%04x", c);
		else if (!n)
			fputs("\\ufffd", fp);
		else
			fwrite(s, 1, n, fp);
		s += n ? n : 1;
	}
	fputc('"', fp);
}

static uint64_t fnv1a(uint64_t h, const char *s)
{
	for (const char *p = s; *p; p++) {
		h ^= (unsigned char)*p;
		h *= UINT64_C(1099511628211);
	}
	h ^= 0xff; /* a separator: "ab","c" and "a","bc" differ */
	return h * UINT64_C(1099511628211);
}

/* A side as its identity: its name and attributes, or nothing. */
static uint64_t add_side(uint64_t h, const struct xabi_fact *f)
{
	char *attrs = f ? xabi_fact_attrs_text(f) : NULL;

	h = fnv1a(fnv1a(h, f ? f->name : ""), attrs ? attrs : "");
	free(attrs);
	return h;
}

/* FNV-1a over what identifies a finding across pipelines: its kind and
 * views, its subject and both sides. Not its line, which moves with
 * unrelated edits, nor its message, whose wording is prose that policies
 * add to and a new xabi may reword. */
static uint64_t fingerprint(const struct xabi_change *c)
{
	char views[16];
	uint64_t h = UINT64_C(14695981039346656037);

	snprintf(views, sizeof(views), "%u", c->views);
	h = fnv1a(h, xabi_change_kind(c->kind)->id);
	h = fnv1a(h, views);
	h = fnv1a(h, xabi_kind_name(c->entity));
	h = fnv1a(h, c->scope ? c->scope : "");
	h = fnv1a(h, c->name);
	return add_side(add_side(h, c->old), c->new);
}

static const char *severity(enum xabi_severity s)
{
	return s == XABI_SEV_ERROR ? "critical" : s == XABI_SEV_WARNING ? "major" : "info";
}

int xabi_report_codequality(const struct xabi_diff *d, const struct xabi_report_info *info,
			    FILE *fp, struct xabi_ctx *ctx)
{
	const char *root = d->new->root && strcmp(d->new->root, ".") ? d->new->root : NULL;

	(void)info;
	fputs("[", fp);
	for (size_t i = 0; i < d->n_changes; i++) {
		const struct xabi_change *c = &d->changes[i];
		/* Header paths are relative to the header root; the rest
		 * (libraries, rules files) to where xabi ran. */
		bool header = c->entity != XABI_KIND_LIBRARY && c->entity != XABI_KIND_SYMBOL &&
			      c->entity != XABI_KIND_RULE;
		char *desc = NULL;
		size_t n;

		fprintf(fp, "%s\n  {\"description\": ", i ? "," : "");
		n = strlen(xabi_change_kind(c->kind)->id) + strlen(c->message) + 4;
		desc = malloc(n);
		if (desc) {
			snprintf(desc, n, "%s: %s", xabi_change_kind(c->kind)->id, c->message);
			put_string(fp, desc);
			free(desc);
		}
		fputs(", \"check_name\": ", fp);
		put_string(fp, xabi_change_kind(c->kind)->id);
		fprintf(fp, ", \"fingerprint\": \"%016llx\", \"severity\": \"%s\", "
			"\"location\": {\"path\": ", (unsigned long long)fingerprint(c),
			severity(c->severity));
		if (header && root) {
			size_t len = strlen(root) + strlen(c->file) + 2;
			char *path = malloc(len);

			if (path) {
				snprintf(path, len, "%s/%s", root, c->file);
				put_string(fp, path);
				free(path);
			}
		} else {
			put_string(fp, c->file);
		}
		fprintf(fp, ", \"lines\": {\"begin\": %u}}}", c->line ? c->line : 1);
	}
	fputs(d->n_changes ? "\n]\n" : "]\n", fp);
	return ferror(fp) ? XABI_ERROR(ctx, XABI_EIO, "cannot write the report") : 0;
}
