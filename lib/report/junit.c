/* SPDX-License-Identifier: MIT */
/*
 * The JUnit report for CI pages: one testcase per header of the new side
 * (and per header only the old side had), and one per other file a change
 * names (a library, an application, a rules file), failing when a change
 * of severity error concerns it; other changes go to its system-out. A
 * header the profile skips is a skipped testcase with the profile's reason,
 * unless an error concerns it.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/strvec.h"
#include "../util/xml.h"
#include "xabi/report.h"

#define BAD(rc) ((rc) < 0)

static void describe(struct xabi_buf *b, const struct xabi_diff *d, const struct xabi_change *c)
{
	char *where = xabi_space_where(&d->space, c->where);

	/* Line 0: a library or program, no line to point at. */
	xabi_buf_printf(b, "%s:", c->file);
	if (c->line)
		xabi_buf_printf(b, "%u:", c->line);
	xabi_buf_printf(b, " %s: %s: %s (where: %s)\n", xabi_severity_name(c->severity),
			xabi_change_kind(c->kind)->id, c->message, where);
	free(where);
}

static bool lists_header(const struct xabi_corpus *c, const char *path)
{
	for (size_t i = 0; i < c->n_headers; i++)
		if (!strcmp(c->headers[i].path, path))
			return true;
	return false;
}

/* Why the profile skips header `path`, on the side that has it (the new
 * one if both do), or NULL. */
static const char *skip_reason(const struct xabi_diff *d, const char *path)
{
	const struct xabi_corpus *c = lists_header(d->new, path) ? d->new : d->old;

	for (size_t i = 0; i < c->n_notes; i++)
		if (c->notes[i].state == XABI_HEADER_SKIPPED && !strcmp(c->notes[i].path, path))
			return c->notes[i].message;
	return NULL;
}

static int testcase(xmlTextWriterPtr w, const struct xabi_diff *d, const char *path)
{
	const char *skipped = skip_reason(d, path);
	struct xabi_buf fail = XABI_BUF_INIT, out = XABI_BUF_INIT;
	const char *first = NULL;
	int rc;

	for (size_t i = 0; i < d->n_changes; i++) {
		const struct xabi_change *c = &d->changes[i];

		if (strcmp(c->file, path))
			continue;
		if (c->severity == XABI_SEV_ERROR) {
			if (!first)
				first = c->message;
			describe(&fail, d, c);
		} else {
			describe(&out, d, c);
		}
	}
	rc = xmlTextWriterStartElement(w, BAD_CAST "testcase");
	if (!BAD(rc)) rc = xmlTextWriterWriteAttribute(w, BAD_CAST "classname", BAD_CAST "xabi");
	if (!BAD(rc)) rc = xabi_xml_write_attr(w, "name", path);
	if (!BAD(rc) && fail.len) {
		rc = xmlTextWriterStartElement(w, BAD_CAST "failure");
		if (!BAD(rc)) rc = xmlTextWriterWriteAttribute(w, BAD_CAST "type", BAD_CAST "abi");
		if (!BAD(rc)) rc = xabi_xml_write_attr(w, "message", first);
		if (!BAD(rc)) rc = xabi_xml_write_text(w, xabi_buf_cstr(&fail));
		if (!BAD(rc)) rc = xmlTextWriterEndElement(w);
	} else if (!BAD(rc) && skipped) {
		rc = xmlTextWriterStartElement(w, BAD_CAST "skipped");
		if (!BAD(rc)) rc = xabi_xml_write_attr(w, "message", skipped);
		if (!BAD(rc)) rc = xmlTextWriterEndElement(w);
	}
	if (!BAD(rc) && out.len)
		rc = xabi_xml_write_element(w, "system-out", xabi_buf_cstr(&out));
	if (!BAD(rc)) rc = xmlTextWriterEndElement(w);
	xabi_buf_release(&fail);
	xabi_buf_release(&out);
	return rc;
}

static bool has_error(const struct xabi_diff *d, const char *path)
{
	for (size_t i = 0; i < d->n_changes; i++)
		if (d->changes[i].severity == XABI_SEV_ERROR && !strcmp(d->changes[i].file, path))
			return true;
	return false;
}

static void add_case(struct xabi_strvec *cases, const char *path)
{
	for (size_t i = 0; i < cases->n; i++)
		if (!strcmp(cases->items[i], path))
			return;
	xabi_strvec_push(cases, path);
}

/* The testcases: headers first, new side then old, then what else the
 * changes name, so that no error goes unreported on the CI page. */
static void list_cases(struct xabi_strvec *cases, const struct xabi_diff *d)
{
	for (size_t i = 0; i < d->new->n_headers; i++)
		add_case(cases, d->new->headers[i].path);
	for (size_t i = 0; i < d->old->n_headers; i++)
		add_case(cases, d->old->headers[i].path);
	for (size_t i = 0; i < d->n_changes; i++)
		add_case(cases, d->changes[i].file);
}

int xabi_report_junit(const struct xabi_diff *d, const struct xabi_report_info *info,
		      FILE *fp, struct xabi_ctx *ctx)
{
	xmlOutputBufferPtr o;
	xmlTextWriterPtr w;
	struct xabi_strvec cases = XABI_STRVEC_INIT;
	size_t failures = 0, skipped = 0;
	struct xabi_buf name = XABI_BUF_INIT;
	int rc;

	xabi_libxml_init();
	o = xmlOutputBufferCreateFile(fp, NULL);
	w = o ? xmlNewTextWriter(o) : NULL;
	if (!w) {
		xmlOutputBufferClose(o);
		return XABI_ERROR(ctx, XABI_EGENERIC, "cannot create an XML writer");
	}
	list_cases(&cases, d);
	for (size_t i = 0; i < cases.n; i++) {
		bool failed = has_error(d, cases.items[i]);

		failures += failed;
		skipped += !failed && skip_reason(d, cases.items[i]);
	}
	xabi_buf_printf(&name, "xabi %s -> %s", info->old_source, info->new_source);
	xmlTextWriterSetIndent(w, 1);
	xmlTextWriterSetIndentString(w, BAD_CAST "  ");
	rc = xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL);
	if (!BAD(rc)) rc = xmlTextWriterStartElement(w, BAD_CAST "testsuites");
	if (!BAD(rc)) rc = xmlTextWriterStartElement(w, BAD_CAST "testsuite");
	if (!BAD(rc)) rc = xabi_xml_write_attr(w, "name", xabi_buf_cstr(&name));
	if (!BAD(rc)) rc = xmlTextWriterWriteFormatAttribute(w, BAD_CAST "tests", "%zu", cases.n);
	if (!BAD(rc)) rc = xmlTextWriterWriteFormatAttribute(w, BAD_CAST "failures", "%zu", failures);
	if (!BAD(rc)) rc = xmlTextWriterWriteAttribute(w, BAD_CAST "errors", BAD_CAST "0");
	if (!BAD(rc)) rc = xmlTextWriterWriteFormatAttribute(w, BAD_CAST "skipped", "%zu", skipped);
	for (size_t i = 0; !BAD(rc) && i < cases.n; i++)
		rc = testcase(w, d, cases.items[i]);
	if (!BAD(rc)) rc = xmlTextWriterEndDocument(w);
	xmlFreeTextWriter(w);
	xabi_strvec_clear(&cases);
	xabi_buf_release(&name);
	return BAD(rc) ? XABI_ERROR(ctx, XABI_EIO, "cannot write the report") : 0;
}
