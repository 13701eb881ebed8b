/* SPDX-License-Identifier: MIT */
/* String-keyed hash map over xmlHashTable (see map.h). */
#include <stdio.h>
#include <stdlib.h>

#include <libxml/hash.h>
#include <libxml/parser.h>
#include <pthread.h>

#include "map.h"

static void init_once(void)
{
	xmlInitParser();
}

void xabi_libxml_init(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, init_once);
}

struct xabi_map *xabi_map_new(size_t size_hint)
{
	xmlHashTablePtr h;

	xabi_libxml_init();
	h = xmlHashCreate((int)(size_hint ? size_hint : 64));

	if (!h) {
		fprintf(stderr, "xabi: out of memory (hash table)\n");
		exit(1);
	}
	return (struct xabi_map *)h;
}

void xabi_map_free(struct xabi_map *m)
{
	if (m)
		xmlHashFree((xmlHashTablePtr)m, NULL);
}

void *xabi_map_get(const struct xabi_map *m, const char *key)
{
	return xmlHashLookup((xmlHashTablePtr)m, (const xmlChar *)key);
}

void xabi_map_put(struct xabi_map *m, const char *key, void *value)
{
	if (xmlHashUpdateEntry((xmlHashTablePtr)m, (const xmlChar *)key, value,
			       NULL) != 0) {
		fprintf(stderr, "xabi: out of memory (hash table)\n");
		exit(1);
	}
}
