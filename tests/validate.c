/* SPDX-License-Identifier: MIT */
/*
 * Test helper for the CLI tests.
 *   xabi-validate SCHEMA FILE...   validate XML files against a built-in
 *                                  schema (xabi-dump.xsd, xabi-report.xsd)
 *   xabi-validate --changes FILE   print an XML report's changes, one line
 *                                  each, for assertions that do not depend
 *                                  on message wording
 *   xabi-validate --well-formed FILE...  check that XML without a schema
 *                                  (JUnit) is well-formed, as its readers
 *                                  will parse it
 */
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "xabi/dump.h"

static const char *prop(xmlNodePtr n, const char *name, char *buf, size_t size)
{
	xmlChar *v = xmlGetProp(n, BAD_CAST name);

	snprintf(buf, size, "%s", v ? (const char *)v : "-");
	xmlFree(v);
	return buf;
}

static xmlNodePtr child(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && !strcmp((const char *)c->name, name))
			return c;
	return NULL;
}

/* One change a line; the changes it explains indented under it. */
static void print_change(xmlNodePtr n, const char *indent)
{
	xmlNodePtr ent = child(n, "entity"), old = child(n, "old"), new = child(n, "new");
	xmlNodePtr where = child(n, "where"), explains = child(n, "explains");
	char a[256], b[256], c[256], d[256], e[256], f[256];

	printf("%s%s %s %s %s %s:%s", indent, prop(n, "severity", a, sizeof(a)),
	       prop(n, "kind", b, sizeof(b)), prop(ent, "kind", c, sizeof(c)),
	       prop(ent, "name", d, sizeof(d)), prop(n, "file", e, sizeof(e)),
	       prop(n, "line", f, sizeof(f)));
	if (old)
		printf(" old=%s", prop(old, "name", a, sizeof(a)));
	if (new)
		printf(" new=%s", prop(new, "name", a, sizeof(a)));
	printf(" views=%s where=\"%s\"", prop(n, "views", a, sizeof(a)),
	       prop(where, "text", b, sizeof(b)));
	if (xmlHasProp(n, BAD_CAST "annotation"))
		printf(" annotation=%s", prop(n, "annotation", a, sizeof(a)));
	putchar('\n');
	for (xmlNodePtr x = explains ? explains->children : NULL; x; x = x->next)
		if (x->type == XML_ELEMENT_NODE)
			print_change(x, "  explains ");
}

static int print_changes(const char *path)
{
	xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
	xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
	char a[256], b[256], c[256], d[256];

	if (!root) {
		fprintf(stderr, "xabi-validate: cannot read '%s'\n", path);
		return 1;
	}
	for (xmlNodePtr n = root->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!strcmp((const char *)n->name, "summary"))
			printf("summary: %s errors, %s warnings, %s infos; exit %s\n",
			       prop(n, "errors", a, sizeof(a)), prop(n, "warnings", b, sizeof(b)),
			       prop(n, "infos", c, sizeof(c)), prop(n, "exit-status", d, sizeof(d)));
		if (!strcmp((const char *)n->name, "change"))
			print_change(n, "");
	}
	xmlFreeDoc(doc);
	return 0;
}

static int well_formed(const char *path)
{
	xmlParserCtxtPtr p = xmlNewParserCtxt();
	xmlDocPtr doc = p ? xmlCtxtReadFile(p, path, NULL, XML_PARSE_NONET |
					    XML_PARSE_NOERROR | XML_PARSE_NOWARNING) : NULL;
	int ok = doc && p->wellFormed;

	if (!ok) {
		const xmlError *e = p ? xmlCtxtGetLastError(p) : NULL;

		fprintf(stderr, "xabi-validate: %s:%d: not well-formed: %s", path,
			e ? e->line : 0, e && e->message ? e->message : "unreadable\n");
	}
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(p);
	return !ok;
}

int main(int argc, char **argv)
{
	int failed = 0;

	if (argc == 3 && !strcmp(argv[1], "--changes"))
		return print_changes(argv[2]);
	if (argc >= 3 && !strcmp(argv[1], "--well-formed")) {
		for (int i = 2; i < argc; i++)
			failed |= well_formed(argv[i]);
		return failed;
	}
	if (argc < 3) {
		fprintf(stderr, "usage: xabi-validate SCHEMA FILE... | --changes REPORT | "
			"--well-formed FILE...\n");
		return 2;
	}
	for (int i = 2; i < argc; i++) {
		struct xabi_ctx ctx = { 0 };

		if (xabi_schema_validate_file(argv[i], argv[1], &ctx)) {
			fprintf(stderr, "xabi-validate: %s\n", ctx.message);
			failed = 1;
		}
	}
	return failed;
}
