/* SPDX-License-Identifier: MIT */
#include <libxml/parser.h>
#include <pthread.h>

#include "xml.h"

static void init_once(void)
{
	xmlInitParser();
}

void xabi_libxml_init(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, init_once);
}
