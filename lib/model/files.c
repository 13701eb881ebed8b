/* SPDX-License-Identifier: MIT */
/*
 * What a corpus knows of files: its headers (where each parsed, its
 * digest), the notes on headers that did not parse or were refused, and
 * the packages the files came in.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model/bitset.h"
#include "model/corpus.h"
#include "util/alloc.h"
#include "xabi/model.h"

void xabi_corpus_add_package(struct xabi_corpus *c, const char *name, const char *version,
			     const char *const *members, size_t n_members)
{
	struct xabi_package *p;

	c->packages = xabi_xrealloc(c->packages, (c->n_packages + 1) * sizeof(*c->packages));
	p = &c->packages[c->n_packages++];
	p->name = xabi_corpus_intern(c, name);
	p->version = xabi_corpus_intern(c, version);
	p->n_members = n_members;
	p->members = xabi_xcalloc(n_members + 1, sizeof(*p->members));
	for (size_t i = 0; i < n_members; i++)
		p->members[i] = xabi_corpus_intern(c, members[i]);
}

const struct xabi_package *xabi_corpus_package_of(const struct xabi_corpus *c,
						  const char *file)
{
	for (size_t i = 0; i < c->n_packages; i++)
		for (size_t j = 0; j < c->packages[i].n_members; j++)
			if (!strcmp(c->packages[i].members[j], file))
				return &c->packages[i];
	return NULL;
}

const struct xabi_package *xabi_corpus_package(const struct xabi_corpus *c, const char *name)
{
	for (size_t i = 0; i < c->n_packages; i++)
		if (!strcmp(c->packages[i].name, name))
			return &c->packages[i];
	return NULL;
}


void xabi_corpus_add_header(struct xabi_corpus *c, const char *path,
			    const struct xabi_bitset *where)
{
	struct xabi_corpus_private *p = c->priv;
	uintptr_t slot = (uintptr_t)xabi_map_get(p->header_index, path);
	struct xabi_header *h;

	if (!slot) {
		xabi_vec_grow((void **)&c->headers, &p->cap_headers,
			      c->n_headers + 1, sizeof(*c->headers));
		h = &c->headers[c->n_headers++];
		h->path = xabi_corpus_intern(c, path);
		h->digest = NULL;
		h->parsed = xabi_bitset_init(
			xabi_arena_alloc(&p->arena, xabi_bitset_size(c->space.n_configs)),
			c->space.n_configs);
		slot = c->n_headers;
		xabi_map_put(p->header_index, path, (void *)slot);
	}
	h = &c->headers[slot - 1];
	if (where)
		xabi_bitset_or(h->parsed, where);
}

void xabi_corpus_set_header_digest(struct xabi_corpus *c, const char *path,
				   const char *digest)
{
	xabi_corpus_add_header(c, path, NULL);
	c->headers[(uintptr_t)xabi_map_get(c->priv->header_index, path) - 1].digest =
		xabi_corpus_intern(c, digest);
}


const struct xabi_header *xabi_corpus_header(const struct xabi_corpus *c, const char *path)
{
	uintptr_t slot = (uintptr_t)xabi_map_get(c->priv->header_index, path);

	return slot ? &c->headers[slot - 1] : NULL;
}

bool xabi_corpus_same_header(const struct xabi_corpus *a, const struct xabi_corpus *b,
			     const char *path)
{
	const struct xabi_header *ha = xabi_corpus_header(a, path), *hb = xabi_corpus_header(b, path);

	return ha && hb && ha->digest && hb->digest && !strcmp(ha->digest, hb->digest);
}

void xabi_corpus_add_note(struct xabi_corpus *c, const char *path,
			  enum xabi_header_state state, const char *message,
			  const struct xabi_bitset *where)
{
	struct xabi_corpus_private *p = c->priv;
	struct xabi_header_note *n;
	const char *key = xabi_corpus_note_key(c, path, state, message);
	uintptr_t slot = (uintptr_t)xabi_map_get(p->note_index, key);

	xabi_corpus_add_header(c, path, NULL);
	if (!slot) {
		xabi_vec_grow((void **)&c->notes, &p->cap_notes, c->n_notes + 1,
			      sizeof(*c->notes));
		n = &c->notes[c->n_notes++];
		n->path = xabi_corpus_intern(c, path);
		n->state = state;
		n->message = xabi_corpus_intern(c, message);
		n->where = xabi_bitset_init(
			xabi_arena_alloc(&p->arena, xabi_bitset_size(c->space.n_configs)),
			c->space.n_configs);
		slot = c->n_notes;
		xabi_map_put(p->note_index, key, (void *)slot);
	}
	xabi_bitset_or(c->notes[slot - 1].where, where);
}

