/* SPDX-License-Identifier: MIT */
/* String-keyed hash map (see map.h). */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

#include "alloc.h"
#include "map.h"

#define KEY_BLOCK 65536

struct slot {
	uint64_t hash; /* 0: empty (real hashes are made non-zero) */
	const char *key;
	void *value;
};

/* Key copies live in blocks, chained through their first pointer. */
struct key_block {
	struct key_block *next;
	size_t used, size;
	char data[];
};

struct xabi_map {
	size_t mask, count; /* capacity - 1 (a power of two), entries */
	struct slot *slots;
	struct key_block *keys;
};

static uint64_t seed;

static void seed_once(void)
{
	const unsigned char *r = (const unsigned char *)getauxval(AT_RANDOM);

	seed = 0x9e3779b97f4a7c15ull;
	if (r)
		memcpy(&seed, r, sizeof(seed));
}

static inline uint64_t mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xff51afd7ed558ccdull;
	return h ^ (h >> 32);
}

static uint64_t hash_key(const char *s, size_t n)
{
	uint64_t h = seed ^ n, w = 0;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = mix(h, w);
	}
	w = 0;
	memcpy(&w, s, n);
	h = mix(h, w) * 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 29;
	return h ? h : 1;
}

struct xabi_map *xabi_map_new(size_t size_hint)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	struct xabi_map *m = xabi_xcalloc(1, sizeof(*m));
	size_t cap = 16;

	pthread_once(&once, seed_once);
	while (cap < 2 * size_hint)
		cap *= 2;
	m->mask = cap - 1;
	m->slots = xabi_xcalloc(cap, sizeof(*m->slots));
	return m;
}

void xabi_map_free(struct xabi_map *m)
{
	if (!m)
		return;
	for (struct key_block *b = m->keys, *next; b; b = next) {
		next = b->next;
		free(b);
	}
	free(m->slots);
	free(m);
}

/* The slot holding key, or the empty one where it would go. */
static struct slot *find(const struct xabi_map *m, const char *key, uint64_t h)
{
	for (size_t i = h & m->mask;; i = (i + 1) & m->mask) {
		struct slot *s = &m->slots[i];

		if (!s->hash || (s->hash == h && !strcmp(s->key, key)))
			return s;
	}
}

void *xabi_map_get(const struct xabi_map *m, const char *key)
{
	size_t len = strlen(key);

	return find(m, key, hash_key(key, len))->value;
}

static const char *copy_key(struct xabi_map *m, const char *key, size_t len)
{
	struct key_block *b = m->keys;
	char *copy;

	if (!b || b->size - b->used < len + 1) {
		size_t size = len + 1 > KEY_BLOCK ? len + 1 : KEY_BLOCK;

		b = xabi_xmalloc(sizeof(*b) + size);
		b->next = m->keys;
		b->used = 0;
		b->size = size;
		m->keys = b;
	}
	copy = b->data + b->used;
	memcpy(copy, key, len + 1);
	b->used += len + 1;
	return copy;
}

/* Double the table when it is half full, so probes stay short. */
static void grow(struct xabi_map *m)
{
	size_t old_cap = m->mask + 1;
	struct slot *old = m->slots;

	m->mask = 2 * old_cap - 1;
	m->slots = xabi_xcalloc(2 * old_cap, sizeof(*m->slots));
	for (size_t i = 0; i < old_cap; i++) {
		size_t j = old[i].hash & m->mask;

		if (!old[i].hash)
			continue;
		while (m->slots[j].hash)
			j = (j + 1) & m->mask;
		m->slots[j] = old[i];
	}
	free(old);
}

void xabi_map_put(struct xabi_map *m, const char *key, void *value)
{
	size_t len = strlen(key);
	uint64_t h = hash_key(key, len);
	struct slot *s = find(m, key, h);

	if (!s->hash) {
		if (2 * (m->count + 1) > m->mask + 1) {
			grow(m);
			s = find(m, key, h);
		}
		s->hash = h;
		s->key = copy_key(m, key, len);
		m->count++;
	}
	s->value = value;
}
