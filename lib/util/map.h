/* SPDX-License-Identifier: MIT */
/*
 * A string-keyed hash map (libxml2's xmlHashTable behind our own names, so
 * that only this file and the XML code depend on libxml2). Keys are copied;
 * values are borrowed pointers the caller manages.
 */
#ifndef XABI_UTIL_MAP_H
#define XABI_UTIL_MAP_H

#include <stddef.h>

struct xabi_map;

/*
 * Initialize libxml2 once, in whichever thread comes first (the others
 * wait). libxml2 must be initialized before threads use it: its hash tables
 * seed themselves under a lock that is otherwise created racily. Every
 * entry point of libxabi that uses libxml2 calls this.
 */
void xabi_libxml_init(void);

struct xabi_map *xabi_map_new(size_t size_hint);
void xabi_map_free(struct xabi_map *m);
/* The value stored under key, or NULL. */
void *xabi_map_get(const struct xabi_map *m, const char *key);
/* Store value under key, replacing any previous value. */
void xabi_map_put(struct xabi_map *m, const char *key, void *value);

#endif
