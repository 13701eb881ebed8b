/* SPDX-License-Identifier: MIT */
/* Bump allocator with a malloc-per-object debug mode (see arena.h). */
#include <stdalign.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "arena.h"

#define CHUNK_SIZE (64 * 1024)

struct xabi_arena_chunk {
	struct xabi_arena_chunk *next;
	size_t used, size;
	alignas(max_align_t) unsigned char data[];
};

static size_t round_up(size_t n)
{
	size_t a = alignof(max_align_t);

	return (n + a - 1) / a * a;
}

static struct xabi_arena_chunk *new_chunk(struct xabi_arena *a, size_t size)
{
	struct xabi_arena_chunk *c = xabi_xcalloc(1, sizeof(*c) + size);

	c->size = size;
	c->next = a->chunks;
	a->chunks = c;
	return c;
}

void *xabi_arena_alloc(struct xabi_arena *a, size_t size)
{
	struct xabi_arena_chunk *c = a->chunks;

	size = round_up(size ? size : 1);
#ifdef XABI_DEBUG_ARENA
	c = new_chunk(a, size);
	c->used = size;
	return c->data;
#endif
	if (!c || c->size - c->used < size) {
		if (size > CHUNK_SIZE / 4) {
			/* Big blocks get a chunk of their own behind the
			 * current one, so its free space is not wasted. */
			struct xabi_arena_chunk *big = new_chunk(a, size);

			if (c) {
				a->chunks = c;
				big->next = c->next;
				c->next = big;
			}
			big->used = size;
			return big->data;
		}
		c = new_chunk(a, CHUNK_SIZE);
	}
	c->used += size;
	return c->data + c->used - size;
}

char *xabi_arena_strdup(struct xabi_arena *a, const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xabi_arena_alloc(a, n), s, n);
}

char *xabi_arena_printf(struct xabi_arena *a, const char *fmt, ...)
{
	va_list ap;
	char *p;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	p = xabi_arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void xabi_arena_release(struct xabi_arena *a)
{
	struct xabi_arena_chunk *c = a->chunks;

	while (c) {
		struct xabi_arena_chunk *next = c->next;

		free(c);
		c = next;
	}
	a->chunks = NULL;
}
