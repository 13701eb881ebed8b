/* SPDX-License-Identifier: MIT */
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <pthread.h>

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
