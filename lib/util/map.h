/* SPDX-License-Identifier: MIT */
/*
 * A string-keyed hash map: open addressing with linear probing, keys
 * copied into blocks the map owns, values borrowed pointers the caller
 * manages. Hashing reads eight bytes at a time with a per-process seed, so
 * crafted names cannot make lookups quadratic. Fact keys are looked up
 * hundreds of thousands of times per run: this is on the hot path.
 */
#ifndef XABI_UTIL_MAP_H
#define XABI_UTIL_MAP_H

#include <stddef.h>

struct xabi_map;

struct xabi_map *xabi_map_new(size_t size_hint);
void xabi_map_free(struct xabi_map *m);
/* The value stored under key, or NULL. */
void *xabi_map_get(const struct xabi_map *m, const char *key);
/* Store value under key, replacing any previous value. */
void xabi_map_put(struct xabi_map *m, const char *key, void *value);

#endif
