/* SPDX-License-Identifier: MIT */
/* Internal: XML parsing and schema validation shared by readers and tests. */
#ifndef XABI_DUMP_SCHEMA_H
#define XABI_DUMP_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include "../util/buf.h"
#include "xabi/error.h"

/* Parse XML without network access; errors carry "name:line". */
int xabi_xml_parse(xmlDocPtr *out, const char *data, size_t len,
		   const char *name, struct xabi_ctx *ctx);
/* Validate doc against a built-in schema of rules/. */
int xabi_schema_validate_doc(xmlDocPtr doc, const char *schema,
			     const char *name, struct xabi_ctx *ctx);

/*
 * Streaming: a document goes by as element events while the schema
 * validates it, and no tree is built. Attribute values arrive decoded and
 * NUL-terminated, borrowed until the handler returns.
 */
#define XABI_XML_MAX_ATTRS 32

struct xabi_xml_attrs {
	size_t n;
	const char *name[XABI_XML_MAX_ATTRS], *value[XABI_XML_MAX_ATTRS];
};

/* The value of attribute `name`, or NULL. */
const char *xabi_xml_attr(const struct xabi_xml_attrs *a, const char *name);

struct xabi_xml_stream {
	/* Set by the caller. The handlers run before the validator sees an
	 * element, so they must not trust its shape; parsing stops at the
	 * next element after the first validity error. */
	void (*start)(void *payload, const char *element, const struct xabi_xml_attrs *attrs);
	void (*end)(void *payload, const char *element);
	void *payload;
	/* Private. */
	xmlParserCtxtPtr parser;
	xmlSchemaValidCtxtPtr valid;
	struct xabi_buf values;
	bool stopped, doctype;
};

/*
 * Parse data through s's handlers, validating it against a built-in
 * schema. Errors carry "name:line": not well-formed, invalid, or a
 * DOCTYPE. When a handler stopped the parse (xabi_xml_stop), returns 0:
 * the handler has the reason.
 */
int xabi_xml_stream(struct xabi_xml_stream *s, const char *data, size_t len,
		    const char *name, const char *schema, struct xabi_ctx *ctx);
/* For handlers: the line being read, and stopping the parse. */
long xabi_xml_line(const struct xabi_xml_stream *s);
void xabi_xml_stop(struct xabi_xml_stream *s);

#endif
