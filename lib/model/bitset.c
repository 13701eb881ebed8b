/* SPDX-License-Identifier: MIT */
/* Fixed-width bitsets over configuration indices (see xabi/model.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "bitset.h"

#define WORDS(n) (((n) + 63) / 64)

size_t xabi_bitset_size(size_t nbits)
{
	return sizeof(struct xabi_bitset) + WORDS(nbits) * sizeof(uint64_t);
}

struct xabi_bitset *xabi_bitset_init(void *mem, size_t nbits)
{
	struct xabi_bitset *b = mem;

	memset(b, 0, xabi_bitset_size(nbits));
	b->nbits = nbits;
	return b;
}

struct xabi_bitset *xabi_bitset_new(size_t nbits)
{
	return xabi_bitset_init(xabi_xmalloc(xabi_bitset_size(nbits)), nbits);
}

struct xabi_bitset *xabi_bitset_dup(const struct xabi_bitset *b)
{
	size_t size = xabi_bitset_size(b->nbits);

	return memcpy(xabi_xmalloc(size), b, size);
}

void xabi_bitset_free(struct xabi_bitset *b)
{
	free(b);
}

void xabi_bitset_set(struct xabi_bitset *b, size_t i)
{
	b->words[i / 64] |= UINT64_C(1) << (i % 64);
}

void xabi_bitset_clear_bit(struct xabi_bitset *b, size_t i)
{
	b->words[i / 64] &= ~(UINT64_C(1) << (i % 64));
}

bool xabi_bitset_test(const struct xabi_bitset *b, size_t i)
{
	return i < b->nbits && (b->words[i / 64] >> (i % 64)) & 1;
}

void xabi_bitset_set_all(struct xabi_bitset *b)
{
	for (size_t i = 0; i < b->nbits; i++)
		xabi_bitset_set(b, i);
}

void xabi_bitset_or(struct xabi_bitset *dst, const struct xabi_bitset *src)
{
	for (size_t w = 0; w < WORDS(dst->nbits); w++)
		dst->words[w] |= src->words[w];
}

void xabi_bitset_and(struct xabi_bitset *dst, const struct xabi_bitset *src)
{
	for (size_t w = 0; w < WORDS(dst->nbits); w++)
		dst->words[w] &= src->words[w];
}

void xabi_bitset_andnot(struct xabi_bitset *dst, const struct xabi_bitset *src)
{
	for (size_t w = 0; w < WORDS(dst->nbits); w++)
		dst->words[w] &= ~src->words[w];
}

bool xabi_bitset_equal(const struct xabi_bitset *a, const struct xabi_bitset *b)
{
	return a->nbits == b->nbits &&
	       !memcmp(a->words, b->words, WORDS(a->nbits) * sizeof(uint64_t));
}

bool xabi_bitset_empty(const struct xabi_bitset *b)
{
	for (size_t w = 0; w < WORDS(b->nbits); w++)
		if (b->words[w])
			return false;
	return true;
}

bool xabi_bitset_intersects(const struct xabi_bitset *a, const struct xabi_bitset *b)
{
	for (size_t w = 0; w < WORDS(a->nbits) && w < WORDS(b->nbits); w++)
		if (a->words[w] & b->words[w])
			return true;
	return false;
}

bool xabi_bitset_full(const struct xabi_bitset *b)
{
	return xabi_bitset_count(b) == b->nbits;
}

size_t xabi_bitset_count(const struct xabi_bitset *b)
{
	size_t n = 0;

	for (size_t w = 0; w < WORDS(b->nbits); w++)
		n += (size_t)__builtin_popcountll(b->words[w]);
	return n;
}

size_t xabi_bitset_next(const struct xabi_bitset *b, size_t from)
{
	while (from < b->nbits) {
		uint64_t word = b->words[from / 64] >> (from % 64);

		if (word)
			return from + (size_t)__builtin_ctzll(word);
		from = (from / 64 + 1) * 64;
	}
	return b->nbits;
}

int xabi_bitset_cmp(const struct xabi_bitset *a, const struct xabi_bitset *b)
{
	size_t i = 0;

	/* Same widths (the common case): the lowest bit that differs decides;
	 * the set holding it has the lower member there. */
	if (a->nbits == b->nbits) {
		for (size_t w = 0; w < WORDS(a->nbits); w++) {
			uint64_t d = a->words[w] ^ b->words[w];

			if (d)
				return a->words[w] & (d & -d) ? -1 : 1;
		}
		return 0;
	}
	for (;;) {
		size_t x = xabi_bitset_next(a, i), y = xabi_bitset_next(b, i);

		if (x != y)
			return x < y ? -1 : 1;
		if (x >= a->nbits)
			return 0;
		i = x + 1;
	}
}

char *xabi_bitset_format(const struct xabi_bitset *b)
{
	struct xabi_buf out = XABI_BUF_INIT;
	size_t i = xabi_bitset_next(b, 0);

	while (i < b->nbits) {
		size_t j = i;

		while (j + 1 < b->nbits && xabi_bitset_test(b, j + 1))
			j++;
		if (out.len)
			xabi_buf_putc(&out, ' ');
		xabi_buf_put_uint(&out, i);
		if (j != i) {
			xabi_buf_putc(&out, '-');
			xabi_buf_put_uint(&out, j);
		}
		i = xabi_bitset_next(b, j + 1);
	}
	return xabi_buf_detach(&out);
}

static int parse_index(const char **p, size_t nbits, size_t *out)
{
	char *end;
	unsigned long long v;

	if (**p < '0' || **p > '9')
		return -1;
	errno = 0;
	v = strtoull(*p, &end, 10);
	if (errno || v >= nbits)
		return -1;
	*p = end;
	*out = (size_t)v;
	return 0;
}

int xabi_bitset_parse(struct xabi_bitset *b, const char *text,
		      struct xabi_ctx *ctx)
{
	const char *p = text;

	xabi_bitset_init(b, b->nbits);
	while (*p) {
		size_t lo, hi;

		if (parse_index(&p, b->nbits, &lo))
			goto bad;
		hi = lo;
		if (*p == '-') {
			p++;
			if (parse_index(&p, b->nbits, &hi) || hi < lo)
				goto bad;
		}
		for (size_t i = lo; i <= hi; i++)
			xabi_bitset_set(b, i);
		if (*p == ' ' && p[1])
			p++;
		else if (*p)
			goto bad;
	}
	return 0;
bad:
	return XABI_ERROR(ctx, XABI_EINVALID,
			  "bad configuration set '%s' (expected ranges such as "
			  "'0-3 7' below %zu)", text, b->nbits);
}
