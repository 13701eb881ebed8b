/* SPDX-License-Identifier: MIT */
/* Writing a corpus as an XML dump with libxml2's text writer. */
#include <stdlib.h>

#include <libxml/xmlwriter.h>

#include "../util/alloc.h"
#include "../util/xml.h"
#include "xabi/dump.h"

#define BAD(rc) ((rc) < 0)

static int attr(xmlTextWriterPtr w, const char *name, const char *value)
{
	return xabi_xml_write_attr(w, name, value);
}

static int attr_version(xmlTextWriterPtr w, const char *name, uint64_t v)
{
	return xmlTextWriterWriteFormatAttribute(w, (const xmlChar *)name,
						 "0x%08llx", (unsigned long long)v);
}

static int attr_set(xmlTextWriterPtr w, const char *name,
		    const struct xabi_bitset *set)
{
	char *s = xabi_bitset_format(set);
	int rc = attr(w, name, s);

	free(s);
	return rc;
}

static int start(xmlTextWriterPtr w, const char *name)
{
	return xmlTextWriterStartElement(w, (const xmlChar *)name);
}

static int write_configurations(xmlTextWriterPtr w, const struct xabi_corpus *c)
{
	int rc = start(w, "configurations");

	if (!BAD(rc) && c->space.version_macro) {
		rc = attr(w, "version-macro", c->space.version_macro);
		if (!BAD(rc) && c->space.latest_macro)
			rc = attr(w, "latest-macro", c->space.latest_macro);
		if (!BAD(rc))
			rc = attr_version(w, "latest", c->space.latest);
	}
	for (size_t i = 0; !BAD(rc) && i < c->space.n_arches; i++) {
		rc = start(w, "arch");
		if (!BAD(rc)) rc = attr(w, "name", c->space.arches[i].name);
		if (!BAD(rc)) rc = attr(w, "target", c->space.arches[i].target);
		if (!BAD(rc)) rc = xmlTextWriterEndElement(w);
	}
	for (size_t i = 0; !BAD(rc) && i < c->space.n_audiences; i++) {
		rc = start(w, "audience");
		if (!BAD(rc)) rc = attr(w, "name", c->space.audiences[i].name);
		if (!BAD(rc)) rc = attr(w, "defines", c->space.audiences[i].defines);
		if (!BAD(rc)) rc = attr(w, "pinned", c->space.audiences[i].pinned ? "yes" : "no");
		if (!BAD(rc)) rc = xmlTextWriterEndElement(w);
	}
	for (size_t i = 0; !BAD(rc) && i < c->space.n_partitions; i++) {
		rc = start(w, "partition");
		if (!BAD(rc)) rc = attr_version(w, "lo", c->space.partitions[i].lo);
		if (!BAD(rc)) rc = attr_version(w, "hi", c->space.partitions[i].hi);
		if (!BAD(rc)) rc = xmlTextWriterEndElement(w);
	}
	for (size_t i = 0; !BAD(rc) && i < c->space.n_configs; i++) {
		const struct xabi_config *k = &c->space.configs[i];

		rc = start(w, "config");
		if (!BAD(rc)) rc = xmlTextWriterWriteFormatAttribute(w, BAD_CAST "id", "%zu", i);
		if (!BAD(rc)) rc = attr(w, "arch", c->space.arches[k->arch].name);
		if (!BAD(rc)) rc = attr(w, "audience", c->space.audiences[k->audience].name);
		if (!BAD(rc)) rc = xmlTextWriterWriteFormatAttribute(w, BAD_CAST "partition",
								      "%u", k->partition);
		if (!BAD(rc)) rc = xmlTextWriterEndElement(w);
	}
	return BAD(rc) ? rc : xmlTextWriterEndElement(w);
}

static int write_packages(xmlTextWriterPtr w, const struct xabi_corpus *c)
{
	int rc = start(w, "packages");

	for (size_t i = 0; !BAD(rc) && i < c->n_packages; i++) {
		const struct xabi_package *p = &c->packages[i];

		rc = start(w, "package");
		if (!BAD(rc)) rc = attr(w, "name", p->name);
		if (!BAD(rc)) rc = attr(w, "version", p->version);
		for (size_t j = 0; !BAD(rc) && j < p->n_members; j++) {
			rc = start(w, "member");
			if (!BAD(rc)) rc = attr(w, "path", p->members[j]);
			if (!BAD(rc)) rc = xmlTextWriterEndElement(w);
		}
		if (!BAD(rc)) rc = xmlTextWriterEndElement(w);
	}
	return BAD(rc) ? rc : xmlTextWriterEndElement(w);
}

static int write_headers(xmlTextWriterPtr w, const struct xabi_corpus *c)
{
	int rc = start(w, "headers");

	for (size_t i = 0; !BAD(rc) && i < c->n_headers; i++) {
		rc = start(w, "header");
		if (!BAD(rc)) rc = attr(w, "path", c->headers[i].path);
		if (!BAD(rc)) rc = attr_set(w, "parsed", c->headers[i].parsed);
		if (!BAD(rc)) rc = attr(w, "digest", c->headers[i].digest);
		if (!BAD(rc)) rc = xmlTextWriterEndElement(w);
	}
	for (size_t i = 0; !BAD(rc) && i < c->n_notes; i++) {
		const struct xabi_header_note *n = &c->notes[i];

		rc = start(w, "note");
		if (!BAD(rc)) rc = attr(w, "path", n->path);
		if (!BAD(rc)) rc = attr(w, "state", xabi_header_state_name(n->state));
		if (!BAD(rc)) rc = attr_set(w, "where", n->where);
		if (!BAD(rc)) rc = attr(w, "message", n->message);
		if (!BAD(rc)) rc = xmlTextWriterEndElement(w);
	}
	return BAD(rc) ? rc : xmlTextWriterEndElement(w);
}

static int write_fact(xmlTextWriterPtr w, const struct xabi_fact *f)
{
	int rc = start(w, xabi_kind_name(f->kind));

	if (!BAD(rc) && f->scope) rc = attr(w, "scope", f->scope);
	if (!BAD(rc)) rc = attr(w, "name", f->name);
	for (unsigned i = 0; !BAD(rc) && i < f->n_attrs; i++)
		rc = attr(w, f->attrs[i].key, f->attrs[i].value);
	if (!BAD(rc)) rc = attr(w, "file", f->file);
	if (!BAD(rc)) rc = xmlTextWriterWriteFormatAttribute(w, BAD_CAST "line", "%u", f->line);
	if (!BAD(rc)) rc = attr_set(w, "where", f->where);
	if (!BAD(rc) && f->comment) rc = attr(w, "comment", f->comment);
	return BAD(rc) ? rc : xmlTextWriterEndElement(w);
}

int xabi_dump_write(const struct xabi_corpus *c, FILE *fp, struct xabi_ctx *ctx)
{
	xmlOutputBufferPtr out;
	xmlTextWriterPtr w;
	int rc;

	xabi_libxml_init();
	out = xmlOutputBufferCreateFile(fp, NULL);
	w = out ? xmlNewTextWriter(out) : NULL;
	if (!w) {
		xmlOutputBufferClose(out);
		return XABI_ERROR(ctx, XABI_EGENERIC, "cannot create an XML writer");
	}
	xmlTextWriterSetIndent(w, 1);
	xmlTextWriterSetIndentString(w, BAD_CAST "  ");
	rc = xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL);
	if (!BAD(rc)) rc = start(w, "xabi-dump");
	if (!BAD(rc)) rc = xmlTextWriterWriteFormatAttribute(w, BAD_CAST "format-version",
							      "%d", XABI_DUMP_FORMAT_VERSION);
	if (!BAD(rc)) rc = attr(w, "profile", c->profile);
	if (!BAD(rc) && c->xabi_version) rc = attr(w, "xabi-version", c->xabi_version);
	if (!BAD(rc) && c->libclang_version)
		rc = attr(w, "libclang-version", c->libclang_version);
	if (!BAD(rc) && c->options) rc = attr(w, "options", c->options);
	if (!BAD(rc) && c->n_packages) rc = write_packages(w, c);
	if (!BAD(rc)) rc = write_configurations(w, c);
	if (!BAD(rc)) rc = write_headers(w, c);
	if (!BAD(rc)) rc = start(w, "facts");
	for (size_t i = 0; !BAD(rc) && i < c->n_facts; i++)
		rc = write_fact(w, c->facts[i]);
	if (!BAD(rc)) rc = xmlTextWriterEndDocument(w);
	xmlFreeTextWriter(w); /* flushes and closes `out`, not `fp` */
	return BAD(rc) ? XABI_ERROR(ctx, XABI_EIO, "cannot write the dump") : 0;
}
