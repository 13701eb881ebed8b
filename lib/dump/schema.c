/* SPDX-License-Identifier: MIT */
/*
 * Validating XML against the schemas built in from rules/, with the first
 * problem reported as "file:line: message".
 */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "../util/embedded.h"
#include "../util/xml.h"
#include "schema.h"

struct first_error {
	char text[1024];
};

static void keep_first(void *data, const xmlError *e)
{
	struct first_error *fe = data;
	size_t n;

	if (fe->text[0] || !e || !e->message)
		return;
	snprintf(fe->text, sizeof(fe->text), "%d: %s", e->line, e->message);
	n = strlen(fe->text);
	while (n && (fe->text[n - 1] == '\n' || fe->text[n - 1] == ' '))
		fe->text[--n] = '\0';
}

/* libxml2 2.9 passes a non-const error; both shapes cast to this. */
typedef void (*error_fn)(void *, xmlErrorPtr);

int xabi_schema_validate_doc(xmlDocPtr doc, const char *schema,
			     const char *name, struct xabi_ctx *ctx)
{
	const struct xabi_embedded *xsd = xabi_embedded_find(schema);
	xmlSchemaParserCtxtPtr pctx = NULL;
	xmlSchemaValidCtxtPtr vctx = NULL;
	xmlSchemaPtr s = NULL;
	struct first_error fe = { "" };
	int err = 0;

	xabi_libxml_init();
	if (!xsd)
		return XABI_ERROR(ctx, XABI_EGENERIC, "no built-in schema '%s'", schema);
	pctx = xmlSchemaNewMemParserCtxt(xsd->data, (int)xsd->size);
	s = pctx ? xmlSchemaParse(pctx) : NULL;
	vctx = s ? xmlSchemaNewValidCtxt(s) : NULL;
	if (!vctx) {
		err = XABI_ERROR(ctx, XABI_EGENERIC, "cannot load schema '%s'", schema);
		goto out;
	}
	xmlSchemaSetValidStructuredErrors(vctx, (error_fn)keep_first, &fe);
	if (xmlSchemaValidateDoc(vctx, doc) != 0)
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s:%s (does not follow %s)",
				 name, fe.text[0] ? fe.text : " invalid", schema);
out:
	xmlSchemaFreeValidCtxt(vctx);
	xmlSchemaFree(s);
	xmlSchemaFreeParserCtxt(pctx);
	return err;
}

int xabi_xml_parse(xmlDocPtr *out, const char *data, size_t len,
		   const char *name, struct xabi_ctx *ctx)
{
	xmlParserCtxtPtr p;
	const xmlError *e;

	*out = NULL;
	xabi_libxml_init();
	p = xmlNewParserCtxt();
	if (!p)
		return XABI_ERROR(ctx, XABI_EGENERIC, "cannot create an XML parser");
	if (len > (size_t)INT32_MAX) {
		xmlFreeParserCtxt(p);
		return XABI_ERROR(ctx, XABI_ELIMIT, "%s: too large to read", name);
	}
	/* Without the indentation's whitespace nodes (element-only content
	 * everywhere), a dump has half the nodes to build, check and free. */
	*out = xmlCtxtReadMemory(p, data, (int)len, name, NULL,
				 XML_PARSE_NONET | XML_PARSE_NOERROR |
				 XML_PARSE_NOWARNING | XML_PARSE_NOBLANKS |
				 XML_PARSE_COMPACT);
	if (!*out || !p->wellFormed) {
		int err;

		e = xmlCtxtGetLastError(p);
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s:%d: not well-formed XML: %s",
				 name, e ? e->line : 0,
				 e && e->message ? e->message : "unreadable\n");
		/* libxml2 messages end in a newline. */
		if (ctx) {
			size_t n = strlen(ctx->message);

			if (n && ctx->message[n - 1] == '\n')
				ctx->message[n - 1] = '\0';
		}
		xmlFreeDoc(*out);
		*out = NULL;
		xmlFreeParserCtxt(p);
		return err;
	}
	xmlFreeParserCtxt(p);
	return 0;
}
