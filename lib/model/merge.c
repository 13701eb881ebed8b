/* SPDX-License-Identifier: MIT */
/* Merging one corpus into another (the headers beside a root). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model/bitset.h"
#include "model/corpus.h"
#include "util/alloc.h"
#include "xabi/model.h"

static bool under(const char *path, const char *skip)
{
	return path && skip && !strncmp(path, skip, strlen(skip));
}

/* A fact's kind, scope and name: what a diff pairs it by. */
static const char *name_key(struct xabi_buf *k, const struct xabi_fact *f)
{
	xabi_buf_clear(k);
	xabi_buf_printf(k, "%d/%s/%s", (int)f->kind, f->scope ? f->scope : "", f->name);
	return xabi_buf_cstr(k);
}

/* `path` with `prefix`, in k. */
static const char *prefixed(struct xabi_buf *k, const char *prefix, const char *path)
{
	xabi_buf_clear(k);
	xabi_buf_cat(k, prefix, path, NULL);
	return xabi_buf_cstr(k);
}

int xabi_corpus_merge(struct xabi_corpus *dst, const struct xabi_corpus *src,
		      const struct xabi_bitset *where, const char *skip,
		      const char *prefix, struct xabi_ctx *ctx)
{
	struct xabi_map *named = xabi_map_new(dst->n_facts + 1);
	struct xabi_buf k = XABI_BUF_INIT;
	int err = 0;

	/* A name dst has already is dst's: xenctrl.h redefines the public
	 * headers' set_xen_guest_handle, and one name must not stand for two
	 * facts in one configuration. */
	for (size_t i = 0; i < dst->n_facts; i++)
		xabi_map_put(named, name_key(&k, dst->facts[i]), (void *)1);
	for (size_t i = 0; !err && i < src->n_facts; i++) {
		struct xabi_fact f = *src->facts[i];

		if (under(f.file, skip) || xabi_map_get(named, name_key(&k, &f)))
			continue;
		/* And the first of src's own (a function declared in two
		 * headers, differently) for the same reason. */
		xabi_map_put(named, xabi_buf_cstr(&k), (void *)1);
		if (f.file) /* add_fact copies it */
			f.file = prefixed(&k, prefix, f.file);
		err = xabi_corpus_add_fact(dst, &f, where, ctx);
	}
	xabi_map_free(named);
	for (size_t i = 0; i < src->n_headers; i++) {
		const struct xabi_header *h = &src->headers[i];

		if (under(h->path, skip))
			continue;
		prefixed(&k, prefix, h->path);
		xabi_corpus_add_header(dst, xabi_buf_cstr(&k),
				       xabi_bitset_empty(h->parsed) ? NULL : where);
		if (h->digest)
			xabi_corpus_set_header_digest(dst, xabi_buf_cstr(&k), h->digest);
	}
	for (size_t i = 0; i < src->n_notes; i++)
		if (!under(src->notes[i].path, skip))
			xabi_corpus_add_note(dst, prefixed(&k, prefix, src->notes[i].path),
					     src->notes[i].state, src->notes[i].message, where);
	xabi_buf_release(&k);
	return err;
}

