/* SPDX-License-Identifier: MIT */
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <pthread.h>
#include <stdlib.h>

#include "utf8.h"
#include "xml.h"

/* libxml2 prints some errors itself ("I/O error : No space left on
 * device"); ours already say what failed, where. */
static void quiet(void *payload, const char *fmt, ...)
{
	(void)payload;
	(void)fmt;
}

static void init_once(void)
{
	xmlInitParser();
	xmlSetGenericErrorFunc(NULL, quiet);
	xmlThrDefSetGenericErrorFunc(NULL, quiet);
}

void xabi_libxml_init(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, init_once);
}

int xabi_xml_write_attr(xmlTextWriterPtr w, const char *name, const char *value)
{
	char *clean;
	int rc;

	if (!value)
		return 0;
	clean = xabi_utf8_clean(value);
	rc = xmlTextWriterWriteAttribute(w, BAD_CAST name, BAD_CAST(clean ? clean : value));
	free(clean);
	return rc;
}

int xabi_xml_write_element(xmlTextWriterPtr w, const char *name, const char *text)
{
	char *clean = xabi_utf8_clean(text);
	int rc = xmlTextWriterWriteElement(w, BAD_CAST name, BAD_CAST(clean ? clean : text));

	free(clean);
	return rc;
}

int xabi_xml_write_text(xmlTextWriterPtr w, const char *text)
{
	char *clean = xabi_utf8_clean(text);
	int rc = xmlTextWriterWriteString(w, BAD_CAST(clean ? clean : text));

	free(clean);
	return rc;
}
