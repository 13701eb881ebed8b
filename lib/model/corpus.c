/* SPDX-License-Identifier: MIT */
/*
 * The corpus: configurations, and facts stored once each with the set of
 * configurations in which they hold. Strings are interned and facts found
 * again by their content (through a map keyed by it, unless they come in
 * order), so adding the same fact from many configurations only unites
 * bitsets. The corpus's configurations (configs.c), its headers, notes
 * and packages (files.c) and merging one corpus into another (merge.c)
 * are beside this file and share its private state (corpus.h).
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/map.h"
#include "bitset.h"
#include "model/corpus.h"
#include "xabi/model.h"

static const char *const kind_names[XABI_KIND_COUNT] = {
	"enum", "enumerator", "macro", "record",
	"field", "typedef", "function", "variable", "library", "symbol",
	"header", "rule",
};

static const char *const attrs_enum[] = { "type", "size", "align", NULL };
static const char *const attrs_value[] = { "value", NULL };
static const char *const attrs_macro[] = { "value", "type", NULL };
static const char *const attrs_record[] = { "kind", "size", "align", NULL };
static const char *const attrs_field[] = { "type", "offset", "size", "bits", NULL };
static const char *const attrs_type[] = { "type", NULL };
static const char *const attrs_none[] = { NULL };
static const char *const attrs_library[] = { "soname", "needed", NULL };
static const char *const attrs_symbol[] = {
	"type", "bind", "size", "version", "hidden", "defined", "from", NULL
};

static const char *const *const kind_attrs[XABI_KIND_COUNT] = {
	[XABI_KIND_ENUM] = attrs_enum,
	[XABI_KIND_ENUMERATOR] = attrs_value,
	[XABI_KIND_MACRO] = attrs_macro,
	[XABI_KIND_RECORD] = attrs_record,
	[XABI_KIND_FIELD] = attrs_field,
	[XABI_KIND_TYPEDEF] = attrs_type,
	[XABI_KIND_FUNCTION] = attrs_type,
	[XABI_KIND_VARIABLE] = attrs_type,
	[XABI_KIND_LIBRARY] = attrs_library,
	[XABI_KIND_SYMBOL] = attrs_symbol,
	[XABI_KIND_HEADER] = attrs_none,
	[XABI_KIND_RULE] = attrs_none,
};

const char *xabi_kind_name(enum xabi_kind kind)
{
	assert(kind < XABI_KIND_COUNT);
	return kind_names[kind];
}

int xabi_kind_parse(const char *name, enum xabi_kind *out)
{
	for (int k = 0; k < XABI_KIND_COUNT; k++)
		if (!strcmp(name, kind_names[k])) {
			*out = (enum xabi_kind)k;
			return 0;
		}
	return XABI_ENOTFOUND;
}

const char *const *xabi_kind_attrs(enum xabi_kind kind)
{
	assert(kind < XABI_KIND_COUNT);
	return kind_attrs[kind];
}

const char *xabi_fact_attr(const struct xabi_fact *f, const char *key)
{
	/* Keys mostly differ in their first letter ("type", "offset", "size"):
	 * the comparison runs for every attribute the views look at. */
	for (unsigned i = 0; i < f->n_attrs; i++)
		if (f->attrs[i].key[0] == key[0] && !strcmp(f->attrs[i].key, key))
			return f->attrs[i].value;
	return NULL;
}

char *xabi_fact_attrs_text(const struct xabi_fact *f)
{
	size_t len = 1;
	char *s;

	for (unsigned i = 0; i < f->n_attrs; i++)
		len += strlen(f->attrs[i].key) + strlen(f->attrs[i].value) + 2;
	s = xabi_xcalloc(1, len);
	for (unsigned i = 0; i < f->n_attrs; i++) {
		if (*s)
			strcat(s, " ");
		strcat(s, f->attrs[i].key);
		strcat(s, "=");
		strcat(s, f->attrs[i].value);
	}
	return s;
}

static const char *const state_names[] = { "refused", "failed", "skipped" };

const char *xabi_header_state_name(enum xabi_header_state state)
{
	assert(state <= XABI_HEADER_SKIPPED);
	return state_names[state];
}

int xabi_header_state_parse(const char *name, enum xabi_header_state *out)
{
	for (int i = 0; i <= XABI_HEADER_SKIPPED; i++)
		if (!strcmp(name, state_names[i])) {
			*out = (enum xabi_header_state)i;
			return 0;
		}
	return XABI_ENOTFOUND;
}

int xabi_corpus_new(struct xabi_corpus **out, const char *profile)
{
	struct xabi_corpus *c = xabi_xcalloc(1, sizeof(*c));

	c->priv = xabi_xcalloc(1, sizeof(*c->priv));
	c->priv->strings = xabi_map_new(4096);
	c->priv->fact_index = xabi_map_new(4096);
	c->priv->header_index = xabi_map_new(256);
	c->priv->note_index = xabi_map_new(64);
	c->profile = xabi_corpus_intern(c, profile ? profile : "");
	c->xabi_version = XABI_VERSION;
	xabi_space_init(&c->space);
	*out = c;
	return 0;
}

void xabi_corpus_free(struct xabi_corpus *c)
{
	if (!c)
		return;
	if (c->priv) {
		xabi_map_free(c->priv->strings);
		xabi_map_free(c->priv->fact_index);
		xabi_map_free(c->priv->header_index);
		xabi_map_free(c->priv->note_index);
		xabi_arena_release(&c->priv->arena);
		xabi_buf_release(&c->priv->key);
		free(c->priv);
	}
	xabi_space_release(&c->space);
	free(c->facts);
	free(c->headers);
	free(c->notes);
	for (size_t i = 0; i < c->n_packages; i++)
		free(c->packages[i].members);
	free(c->packages);
	free(c);
}

const char *xabi_corpus_note_key(struct xabi_corpus *c, const char *path,
				 enum xabi_header_state state, const char *message)
{
	struct xabi_buf *k = &c->priv->key;

	xabi_buf_clear(k);
	xabi_buf_printf(k, "%s\x1f%d\x1f%s", path, (int)state, message);
	return xabi_buf_cstr(k);
}

const char *xabi_corpus_intern(struct xabi_corpus *c, const char *s)
{
	char *copy;

	if (!s)
		return NULL;
	copy = xabi_map_get(c->priv->strings, s);
	if (!copy) {
		copy = xabi_arena_strdup(&c->priv->arena, s);
		xabi_map_put(c->priv->strings, copy, copy);
	}
	return copy;
}


static void key_part(struct xabi_buf *k, const char *s)
{
	if (s)
		xabi_buf_add(k, s, strlen(s));
	else
		xabi_buf_putc(k, '\x1e');
	xabi_buf_putc(k, '\x1f');
}

/* A number as a key part, without printf's cost. */
static void key_number(struct xabi_buf *k, unsigned long v)
{
	char digits[24], *d = digits + sizeof(digits);

	do
		*--d = (char)('0' + v % 10);
	while ((v /= 10));
	xabi_buf_add(k, d, (size_t)(digits + sizeof(digits) - d));
	xabi_buf_putc(k, '\x1f');
}

/*
 * The content key that identifies a fact: every field but `where`, the
 * attributes in the kind's canonical order. Built by appending, not
 * printf: it runs for every fact of every parse.
 */
static const char *fact_key(struct xabi_corpus *c, const struct xabi_fact *f)
{
	struct xabi_buf *k = &c->priv->key;

	xabi_buf_clear(k);
	key_number(k, (unsigned long)f->kind);
	key_number(k, f->line);
	key_part(k, f->scope);
	key_part(k, f->name);
	key_part(k, f->file);
	key_part(k, f->comment);
	for (unsigned i = 0; i < f->n_attrs; i++) {
		key_part(k, f->attrs[i].key);
		key_part(k, f->attrs[i].value);
	}
	return xabi_buf_cstr(k);
}

/* `f` with its attributes in its kind's canonical order, in `out`. */
static int canonical(const struct xabi_fact *f, struct xabi_fact *out, struct xabi_ctx *ctx)
{
	const char *const *keys = kind_attrs[f->kind];

	*out = *f;
	out->n_attrs = 0;
	for (unsigned k = 0; keys[k]; k++)
		for (unsigned i = 0; i < f->n_attrs; i++)
			if (!strcmp(f->attrs[i].key, keys[k])) {
				out->attrs[out->n_attrs++] = (struct xabi_attr){ keys[k], f->attrs[i].value };
				break;
			}
	if (out->n_attrs != f->n_attrs)
		return XABI_ERROR(ctx, XABI_EINVALID,
				  "%s '%s' has an attribute a %s cannot have",
				  kind_names[f->kind], f->name, kind_names[f->kind]);
	return 0;
}

static int strcmp0(const char *a, const char *b)
{
	if (a && b)
		return strcmp(a, b);
	return (a != NULL) - (b != NULL);
}

/* The order of facts by content (every field but `where`): by file, line,
 * kind, scope, name, attributes, comment. */
static int content_cmp(const struct xabi_fact *a, const struct xabi_fact *b)
{
	int d;

	if ((d = strcmp(a->file, b->file)))
		return d;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if ((d = strcmp0(a->scope, b->scope)) || (d = strcmp(a->name, b->name)))
		return d;
	for (unsigned i = 0; i < a->n_attrs && i < b->n_attrs; i++)
		if ((d = strcmp(a->attrs[i].key, b->attrs[i].key)) ||
		    (d = strcmp(a->attrs[i].value, b->attrs[i].value)))
			return d;
	if (a->n_attrs != b->n_attrs)
		return a->n_attrs < b->n_attrs ? -1 : 1;
	return strcmp0(a->comment, b->comment);
}

/*
 * The stored fact with f's content, or NULL. While facts come in content
 * order (a dump lists them so), an equal one can only be the last: no key
 * is built. The first fact out of order puts every fact in the index, and
 * later ones are looked up there.
 */
static struct xabi_fact *find_equal(struct xabi_corpus *c, const struct xabi_fact *f)
{
	struct xabi_corpus_private *p = c->priv;

	if (!p->unordered) {
		int d = c->n_facts ? content_cmp(c->facts[c->n_facts - 1], f) : -1;

		if (d <= 0)
			return d ? NULL : c->facts[c->n_facts - 1];
		p->unordered = true;
		for (size_t i = 0; i < c->n_facts; i++)
			xabi_map_put(p->fact_index, fact_key(c, c->facts[i]), c->facts[i]);
	}
	return xabi_map_get(p->fact_index, fact_key(c, f));
}

int xabi_corpus_add_fact(struct xabi_corpus *c, const struct xabi_fact *f,
			 const struct xabi_bitset *where, struct xabi_ctx *ctx)
{
	struct xabi_corpus_private *p = c->priv;
	struct xabi_fact probe, *stored;
	int err;

	assert(f->kind < XABI_KIND_COUNT && f->name && f->file);
	assert(where->nbits == c->space.n_configs);
	err = canonical(f, &probe, ctx);
	if (err)
		return err;
	/* Most facts are seen again from other configurations: look them
	 * up by content first and intern strings only for new ones. */
	stored = find_equal(c, &probe);
	if (stored) {
		xabi_bitset_or(stored->where, where);
		return 0;
	}
	stored = xabi_arena_alloc(&p->arena, sizeof(*stored));
	*stored = (struct xabi_fact){
		.kind = f->kind,
		.scope = xabi_corpus_intern(c, f->scope),
		.name = xabi_corpus_intern(c, f->name),
		.file = xabi_corpus_intern(c, f->file),
		.line = f->line,
		.comment = xabi_corpus_intern(c, f->comment),
		.n_attrs = probe.n_attrs,
	};
	for (unsigned i = 0; i < probe.n_attrs; i++)
		stored->attrs[i] = (struct xabi_attr){
			probe.attrs[i].key, xabi_corpus_intern(c, probe.attrs[i].value)
		};
	stored->where = xabi_bitset_init(
		xabi_arena_alloc(&p->arena, xabi_bitset_size(c->space.n_configs)),
		c->space.n_configs);
	xabi_bitset_or(stored->where, where);
	/* Interning does not touch the key buffer: it still holds f's key. */
	if (p->unordered)
		xabi_map_put(p->fact_index, xabi_buf_cstr(&p->key), stored);
	xabi_vec_grow((void **)&c->facts, &p->cap_facts, c->n_facts + 1,
		      sizeof(*c->facts));
	c->facts[c->n_facts++] = stored;
	return 0;
}

static int fact_cmp(const void *pa, const void *pb)
{
	const struct xabi_fact *a = *(struct xabi_fact *const *)pa;
	const struct xabi_fact *b = *(struct xabi_fact *const *)pb;
	int d = content_cmp(a, b);

	return d ? d : xabi_bitset_cmp(a->where, b->where);
}

static int header_cmp(const void *pa, const void *pb)
{
	return strcmp(((const struct xabi_header *)pa)->path,
		      ((const struct xabi_header *)pb)->path);
}

static int note_cmp(const void *pa, const void *pb)
{
	const struct xabi_header_note *a = pa, *b = pb;
	int d;

	if ((d = strcmp(a->path, b->path)))
		return d;
	if (a->state != b->state)
		return a->state < b->state ? -1 : 1;
	if ((d = xabi_bitset_cmp(a->where, b->where)))
		return d;
	return strcmp(a->message, b->message);
}

/* The set's words in hex, in k: equal sets, equal keys. */
static const char *set_key(struct xabi_buf *k, const struct xabi_bitset *b)
{
	static const char hex[] = "0123456789abcdef";
	size_t words = (b->nbits + 63) / 64;
	char *out;

	xabi_buf_clear(k);
	xabi_buf_reserve(k, words * 16 + 1);
	out = k->ptr;
	for (size_t w = 0; w < words; w++)
		for (int d = 60; d >= 0; d -= 4)
			*out++ = hex[(b->words[w] >> d) & 0xf];
	*out = '\0';
	return k->ptr;
}

/* Facts on equal sets get one number. Sorted facts mostly hold where
 * their neighbour does: that is tried first. */
static void number_sets(struct xabi_corpus *c)
{
	struct xabi_map *first_on = xabi_map_new(256); /* set key -> first fact */
	const struct xabi_fact *prev = NULL;

	c->n_sets = 0;
	for (size_t i = 0; i < c->n_facts; i++) {
		struct xabi_fact *f = c->facts[i];
		const struct xabi_fact *same = prev && xabi_bitset_equal(prev->where, f->where) ?
			prev : NULL;
		const char *key = NULL;

		if (!same)
			same = xabi_map_get(first_on, key = set_key(&c->priv->key, f->where));
		if (same) {
			f->set = same->set;
		} else {
			f->set = c->n_sets++;
			xabi_map_put(first_on, key, f);
		}
		prev = f;
	}
	xabi_map_free(first_on);
}

void xabi_corpus_finish(struct xabi_corpus *c)
{
	/* In order means no two facts are equal: no sort needed. qsort
	 * wants a non-NULL base even for no elements. */
	if (c->n_facts && c->priv->unordered)
		qsort(c->facts, c->n_facts, sizeof(*c->facts), fact_cmp);
	number_sets(c);
	if (c->n_headers)
		qsort(c->headers, c->n_headers, sizeof(*c->headers), header_cmp);
	if (c->n_notes)
		qsort(c->notes, c->n_notes, sizeof(*c->notes), note_cmp);
	/* Headers and notes moved: rebuild their indices. */
	xabi_map_free(c->priv->header_index);
	c->priv->header_index = xabi_map_new(256);
	for (size_t i = 0; i < c->n_headers; i++)
		xabi_map_put(c->priv->header_index, c->headers[i].path,
			     (void *)(uintptr_t)(i + 1));
	xabi_map_free(c->priv->note_index);
	c->priv->note_index = xabi_map_new(64);
	for (size_t i = 0; i < c->n_notes; i++)
		xabi_map_put(c->priv->note_index,
			     xabi_corpus_note_key(c, c->notes[i].path, c->notes[i].state,
				      c->notes[i].message),
			     (void *)(uintptr_t)(i + 1));
}
