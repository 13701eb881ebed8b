/* SPDX-License-Identifier: MIT */
/*
 * A bump allocator: everything allocated for one corpus lives in its arena
 * and is freed by one xabi_arena_release() (dwarves' cu__malloc).
 *
 * Built with XABI_DEBUG_ARENA, each allocation is its own malloc() block so
 * ASan and valgrind see every object and every overrun separately.
 */
#ifndef XABI_UTIL_ARENA_H
#define XABI_UTIL_ARENA_H

#include <stddef.h>

struct xabi_arena_chunk;

struct xabi_arena {
	struct xabi_arena_chunk *chunks;
};

#define XABI_ARENA_INIT { NULL }

/* Zeroed memory aligned for any type; lives until the arena is released. */
void *xabi_arena_alloc(struct xabi_arena *a, size_t size);
char *xabi_arena_strdup(struct xabi_arena *a, const char *s);
char *xabi_arena_printf(struct xabi_arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void xabi_arena_release(struct xabi_arena *a);

#endif
