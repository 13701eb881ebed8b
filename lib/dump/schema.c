/* SPDX-License-Identifier: MIT */
/*
 * Validating XML against the schemas built in from rules/, with the first
 * problem reported as "file:line: message": a parsed document, or a stream
 * of SAX events validated as it goes by (dumps: no tree is built).
 */
#include <pthread.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>

#include "../util/embedded.h"
#include "../util/xml.h"
#include "schema.h"

/*
 * How every document is read. XML_PARSE_HUGE lifts libxml2's 10 MB limit on
 * one attribute value: a header's comment may be longer (a header may have
 * 64 MiB), and xabi must read back every dump it writes. What bounds memory
 * instead are xabi's own limits: the size of the file (the callers'), and
 * no DOCTYPE, so no entity can expand.
 */
#define READ_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | \
		      XML_PARSE_HUGE)

struct validator {
	xmlSchemaPtr schema; /* shared: see builtin_schema() */
	xmlSchemaValidCtxtPtr ctxt;
	char first_error[1024]; /* "line: message" */
};

static void keep_first(void *data, const xmlError *e)
{
	struct validator *v = data;
	size_t n;

	if (v->first_error[0] || !e || !e->message)
		return;
	snprintf(v->first_error, sizeof(v->first_error), "%d: %s", e->line, e->message);
	n = strlen(v->first_error);
	while (n && (v->first_error[n - 1] == '\n' || v->first_error[n - 1] == ' '))
		v->first_error[--n] = '\0';
}

/* libxml2 2.9 passes a non-const error; both shapes cast to this. */
typedef void (*error_fn)(void *, xmlErrorPtr);

static void validator_free(struct validator *v)
{
	xmlSchemaFreeValidCtxt(v->ctxt);
}

/*
 * The built-in schemas, each parsed once per process and shared: parsing
 * the same XSD on two threads at once (two dumps read side by side) races
 * inside libxml2 2.9. A parsed schema is only read by validation, which
 * keeps its state in a context per validator.
 */
#define MAX_SCHEMAS 8

static struct {
	const char *name;
	xmlSchemaPtr schema;
} schemas[MAX_SCHEMAS];
static pthread_once_t schemas_once = PTHREAD_ONCE_INIT;

static void parse_schemas(void)
{
	size_t n = 0;

	xabi_libxml_init();
	for (const struct xabi_embedded *f = xabi_embedded_files; f->name; f++) {
		size_t len = strlen(f->name);
		xmlSchemaParserCtxtPtr pctx;

		if (len < 4 || strcmp(f->name + len - 4, ".xsd") || n == MAX_SCHEMAS)
			continue;
		pctx = xmlSchemaNewMemParserCtxt(f->data, (int)f->size);
		schemas[n].name = f->name;
		schemas[n++].schema = pctx ? xmlSchemaParse(pctx) : NULL;
		xmlSchemaFreeParserCtxt(pctx);
	}
}

/* The parsed built-in schema `name`, or NULL. Borrowed for the process. */
static xmlSchemaPtr builtin_schema(const char *name)
{
	pthread_once(&schemas_once, parse_schemas);
	for (size_t i = 0; i < MAX_SCHEMAS && schemas[i].name; i++)
		if (!strcmp(schemas[i].name, name))
			return schemas[i].schema;
	return NULL;
}

static int validator_init(struct validator *v, const char *schema, struct xabi_ctx *ctx)
{
	memset(v, 0, sizeof(*v));
	xabi_libxml_init();
	if (!xabi_embedded_find(schema))
		return XABI_ERROR(ctx, XABI_EGENERIC, "no built-in schema '%s'", schema);
	v->schema = builtin_schema(schema);
	v->ctxt = v->schema ? xmlSchemaNewValidCtxt(v->schema) : NULL;
	if (!v->ctxt)
		return XABI_ERROR(ctx, XABI_EGENERIC, "cannot load schema '%s'", schema);
	xmlSchemaSetValidStructuredErrors(v->ctxt, (error_fn)keep_first, v);
	return 0;
}

static int invalid(const struct validator *v, const char *name, const char *schema,
		   struct xabi_ctx *ctx)
{
	return XABI_ERROR(ctx, XABI_EINVALID, "%s:%s (does not follow %s)", name,
			  v->first_error[0] ? v->first_error : " invalid", schema);
}

int xabi_schema_validate_doc(xmlDocPtr doc, const char *schema,
			     const char *name, struct xabi_ctx *ctx)
{
	struct validator v;
	int err = validator_init(&v, schema, ctx);

	if (err)
		return err;
	if (xmlSchemaValidateDoc(v.ctxt, doc) != 0)
		err = invalid(&v, name, schema, ctx);
	validator_free(&v);
	return err;
}

/* A parse error as "name:line: not well-formed XML: message". */
static int not_well_formed(xmlParserCtxtPtr p, const char *name, struct xabi_ctx *ctx)
{
	const xmlError *e = xmlCtxtGetLastError(p);
	int err = XABI_ERROR(ctx, XABI_EINVALID, "%s:%d: not well-formed XML: %s",
			     name, e ? e->line : 0,
			     e && e->message ? e->message : "unreadable\n");

	/* libxml2 messages end in a newline. */
	if (ctx) {
		size_t n = strlen(ctx->message);

		if (n && ctx->message[n - 1] == '\n')
			ctx->message[n - 1] = '\0';
	}
	return err;
}

/* Stops a tree parse at a DOCTYPE, before anything it declares is read:
 * with XML_PARSE_HUGE, libxml2 would let its entities expand further. */
static void refuse_doctype(void *payload, const xmlChar *name, const xmlChar *external_id,
			   const xmlChar *system_id)
{
	xmlParserCtxtPtr p = payload;

	(void)name, (void)external_id, (void)system_id;
	p->_private = p;
	xmlStopParser(p);
}

int xabi_xml_parse(xmlDocPtr *out, const char *data, size_t len,
		   const char *name, struct xabi_ctx *ctx)
{
	xmlParserCtxtPtr p;
	int err = 0;

	*out = NULL;
	xabi_libxml_init();
	if (len > (size_t)INT32_MAX)
		return XABI_ERROR(ctx, XABI_ELIMIT, "%s: too large to read", name);
	p = xmlNewParserCtxt();
	if (!p)
		return XABI_ERROR(ctx, XABI_EGENERIC, "cannot create an XML parser");
	p->sax->internalSubset = refuse_doctype;
	/* Without the indentation's whitespace nodes (element-only content
	 * everywhere), a document has half the nodes to build, check and free. */
	*out = xmlCtxtReadMemory(p, data, (int)len, name, NULL,
				 READ_OPTIONS | XML_PARSE_NOBLANKS | XML_PARSE_COMPACT);
	if (p->_private) {
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s:%d: a DOCTYPE is not allowed: "
				 "xabi reads no entities", name, p->input ? p->input->line : 0);
		xmlFreeDoc(*out);
		*out = NULL;
	} else if (!*out || !p->wellFormed) {
		err = not_well_formed(p, name, ctx);
		xmlFreeDoc(*out);
		*out = NULL;
	}
	xmlFreeParserCtxt(p);
	return err;
}

/* ---- streaming ------------------------------------------------------- */

long xabi_xml_line(const struct xabi_xml_stream *s)
{
	return s->parser && s->parser->input ? s->parser->input->line : 0;
}

void xabi_xml_stop(struct xabi_xml_stream *s)
{
	s->stopped = true;
	xmlStopParser(s->parser);
}

const char *xabi_xml_attr(const struct xabi_xml_attrs *a, const char *name)
{
	/* Names mostly differ in their first letter: test it before calling
	 * strcmp (a dump's facts ask for some eight attributes each). */
	for (size_t i = 0; i < a->n; i++)
		if (a->name[i][0] == name[0] && !strcmp(a->name[i], name))
			return a->value[i];
	return NULL;
}

/*
 * Copy a SAX attribute value, NUL-terminated. Without entity substitution
 * libxml2 hands '&' over as "&#38;" (the schema validator undoes it the
 * same way); nothing else is escaped.
 */
static void copy_value(struct xabi_buf *b, const xmlChar *v, const xmlChar *end)
{
	while (v < end) {
		const xmlChar *amp = memchr(v, '&', (size_t)(end - v));
		const xmlChar *upto = amp ? amp : end;

		xabi_buf_add(b, (const char *)v, (size_t)(upto - v));
		v = upto;
		if (amp) {
			xabi_buf_putc(b, '&');
			v += end - amp >= 5 && !memcmp(amp, "&#38;", 5) ? 5 : 1;
		}
	}
	xabi_buf_putc(b, '\0');
}

static void on_start(void *payload, const xmlChar *localname, const xmlChar *prefix,
		     const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
		     int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	struct xabi_xml_stream *s = payload;
	struct xabi_xml_attrs a = { 0 };
	size_t offsets[XABI_XML_MAX_ATTRS];

	(void)prefix, (void)uri, (void)nb_namespaces, (void)namespaces, (void)nb_defaulted;
	/* The validator sees each element after us: stop at the first
	 * element after it found a problem, which is reported then. */
	if (xmlSchemaIsValid(s->valid) != 1) {
		xmlStopParser(s->parser);
		return;
	}
	xabi_buf_clear(&s->values);
	for (int i = 0; i < nb_attributes && a.n < XABI_XML_MAX_ATTRS; i++) {
		a.name[a.n] = (const char *)attributes[5 * i];
		offsets[a.n++] = s->values.len;
		copy_value(&s->values, attributes[5 * i + 3], attributes[5 * i + 4]);
	}
	/* Offsets, not pointers: the buffer may move while it fills. */
	for (size_t i = 0; i < a.n; i++)
		a.value[i] = s->values.ptr + offsets[i];
	s->start(s->payload, (const char *)localname, &a);
}

static void on_end(void *payload, const xmlChar *localname, const xmlChar *prefix,
		   const xmlChar *uri)
{
	struct xabi_xml_stream *s = payload;

	(void)prefix, (void)uri;
	if (s->end)
		s->end(s->payload, (const char *)localname);
}

/* Documents read as streams are data: a DOCTYPE can only declare entities. */
static void on_doctype(void *payload, const xmlChar *name, const xmlChar *external_id,
		       const xmlChar *system_id)
{
	struct xabi_xml_stream *s = payload;

	(void)name, (void)external_id, (void)system_id;
	s->doctype = true;
	xmlStopParser(s->parser);
}

static int where_am_i(void *payload, const char **file, unsigned long *line)
{
	struct xabi_xml_stream *s = payload;

	*file = NULL;
	*line = (unsigned long)xabi_xml_line(s);
	return 0;
}

/* How a parse that ran to its end went: the first problem, or 0. */
static int verdict(struct xabi_xml_stream *s, const struct validator *v, const char *name,
		   const char *schema, struct xabi_ctx *ctx)
{
	if (s->doctype)
		return XABI_ERROR(ctx, XABI_EINVALID, "%s:%ld: a DOCTYPE is not allowed: "
				  "xabi reads no entities", name, xabi_xml_line(s));
	/* Before well-formedness: stopping at a validity error looks like
	 * a parse that broke off. */
	if (xmlSchemaIsValid(v->ctxt) != 1)
		return invalid(v, name, schema, ctx);
	if (!s->parser->wellFormed)
		return not_well_formed(s->parser, name, ctx);
	return 0;
}

int xabi_xml_stream(struct xabi_xml_stream *s, const char *data, size_t len,
		    const char *name, const char *schema, struct xabi_ctx *ctx)
{
	struct validator v;
	xmlSAXHandlerPtr handlers;
	xmlSchemaSAXPlugPtr plug;
	int err;

	if (len > (size_t)INT32_MAX)
		return XABI_ERROR(ctx, XABI_ELIMIT, "%s: too large to read", name);
	err = validator_init(&v, schema, ctx);
	if (err)
		return err;
	s->valid = v.ctxt;
	s->parser = xmlCreateMemoryParserCtxt(data, (int)len);
	if (!s->parser) {
		validator_free(&v);
		return XABI_ERROR(ctx, XABI_EGENERIC, "cannot create an XML parser");
	}
	xmlCtxtUseOptions(s->parser, READ_OPTIONS | XML_PARSE_NOBLANKS);
	/* The context's own handler block, which it frees, gets our handlers;
	 * the plug puts the validator between the parser and them. */
	handlers = s->parser->sax;
	memset(handlers, 0, sizeof(*handlers));
	handlers->initialized = XML_SAX2_MAGIC;
	handlers->startElementNs = on_start;
	handlers->endElementNs = on_end;
	handlers->internalSubset = on_doctype;
	s->parser->userData = s;
	xmlSchemaValidateSetLocator(v.ctxt, where_am_i, s);
	plug = xmlSchemaSAXPlug(v.ctxt, &s->parser->sax, &s->parser->userData);
	if (!plug)
		err = XABI_ERROR(ctx, XABI_EGENERIC, "cannot validate '%s' as it is read", name);
	else
		xmlParseDocument(s->parser);
	/* A handler that stopped the parse has said why. */
	if (!err && !s->stopped)
		err = verdict(s, &v, name, schema, ctx);
	if (plug)
		xmlSchemaSAXUnplug(plug);
	xmlFreeParserCtxt(s->parser);
	s->parser = NULL;
	s->valid = NULL;
	validator_free(&v);
	xabi_buf_release(&s->values);
	return err;
}
