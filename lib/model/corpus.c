/* SPDX-License-Identifier: MIT */
/*
 * The corpus: configurations, and facts stored once each with the set of
 * configurations in which they hold. Strings are interned and facts found
 * again by their content (through a map keyed by it, unless they come in
 * order), so adding the same fact from many configurations only unites
 * bitsets.
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
#include "xabi/model.h"

struct xabi_corpus_private {
	struct xabi_arena arena;
	struct xabi_map *strings;      /* string -> its interned copy */
	struct xabi_map *fact_index;   /* content key -> struct xabi_fact */
	struct xabi_map *header_index; /* path -> index + 1 into headers */
	struct xabi_map *note_index;   /* note key -> index + 1 into notes */
	size_t cap_facts, cap_headers, cap_notes;
	bool unordered; /* facts came out of content order: fact_index is on */
	struct xabi_buf key;
};

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
	c->n_partitions = 1;
	c->partitions = xabi_arena_alloc(&c->priv->arena, sizeof(*c->partitions));
	c->partitions[0].hi = UINT64_MAX;
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
	free(c->arches);
	free(c->audiences);
	free(c->configs);
	free(c->facts);
	free(c->headers);
	free(c->notes);
	for (size_t i = 0; i < c->n_packages; i++)
		free(c->packages[i].members);
	free(c->packages);
	free(c);
}

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

void xabi_corpus_add_arch(struct xabi_corpus *c, const char *name,
			  const char *target)
{
	assert(!c->n_configs);
	c->arches = xabi_xrealloc(c->arches, (c->n_arches + 1) * sizeof(*c->arches));
	c->arches[c->n_arches].name = xabi_corpus_intern(c, name);
	c->arches[c->n_arches].target = xabi_corpus_intern(c, target ? target : "");
	c->n_arches++;
}

void xabi_corpus_add_audience(struct xabi_corpus *c, const char *name,
			      const char *defines, bool pinned)
{
	struct xabi_audience *a;

	assert(!c->n_configs);
	c->audiences = xabi_xrealloc(c->audiences,
				     (c->n_audiences + 1) * sizeof(*c->audiences));
	a = &c->audiences[c->n_audiences++];
	a->name = xabi_corpus_intern(c, name);
	a->defines = xabi_corpus_intern(c, defines ? defines : "");
	a->pinned = pinned;
}

void xabi_corpus_set_versions(struct xabi_corpus *c, const char *version_macro,
			      const char *latest_macro, uint64_t latest,
			      const uint64_t *bounds, size_t n_bounds)
{
	assert(!c->n_configs);
	c->version_macro = xabi_corpus_intern(c, version_macro);
	c->latest_macro = xabi_corpus_intern(c, latest_macro);
	c->latest = latest;
	if (!version_macro || !n_bounds) {
		c->n_partitions = 1;
		c->partitions[0].lo = 0;
		c->partitions[0].hi = version_macro ? latest + 1 : UINT64_MAX;
		return;
	}
	assert(bounds[0] == 0);
	c->partitions = xabi_arena_alloc(&c->priv->arena,
					 n_bounds * sizeof(*c->partitions));
	c->n_partitions = n_bounds;
	for (size_t i = 0; i < n_bounds; i++) {
		assert(i == 0 || bounds[i] > bounds[i - 1]);
		assert(bounds[i] <= latest);
		c->partitions[i].lo = bounds[i];
		c->partitions[i].hi = i + 1 < n_bounds ? bounds[i + 1] : latest + 1;
	}
}

void xabi_corpus_add_config(struct xabi_corpus *c, unsigned arch,
			    unsigned audience, unsigned partition)
{
	assert(arch < c->n_arches && audience < c->n_audiences &&
	       partition < c->n_partitions && !c->n_facts);
	c->configs = xabi_xrealloc(c->configs, (c->n_configs + 1) * sizeof(*c->configs));
	c->configs[c->n_configs++] = (struct xabi_config){ arch, audience, partition };
}

void xabi_corpus_build_configs(struct xabi_corpus *c, const bool *partitions)
{
	size_t last = c->n_partitions - 1;

	assert(!c->n_configs);
	for (unsigned a = 0; a < c->n_arches; a++)
		for (unsigned u = 0; u < c->n_audiences; u++)
			for (unsigned p = 0; p < c->n_partitions; p++)
				if (c->audiences[u].pinned ? p == last :
				    !partitions || partitions[p])
					xabi_corpus_add_config(c, a, u, p);
}

unsigned xabi_corpus_partition_of(const struct xabi_corpus *c, uint64_t v)
{
	unsigned p = 0;

	while (p + 1 < c->n_partitions && c->partitions[p + 1].lo <= v)
		p++;
	return p;
}

int xabi_corpus_find_arch(const struct xabi_corpus *c, const char *name)
{
	for (size_t i = 0; i < c->n_arches; i++)
		if (!strcmp(c->arches[i].name, name))
			return (int)i;
	return -1;
}

int xabi_corpus_find_audience(const struct xabi_corpus *c, const char *name)
{
	for (size_t i = 0; i < c->n_audiences; i++)
		if (!strcmp(c->audiences[i].name, name))
			return (int)i;
	return -1;
}

size_t xabi_corpus_config_at(const struct xabi_corpus *c, const char *arch,
			     const char *audience, uint64_t v)
{
	int a = xabi_corpus_find_arch(c, arch), u = xabi_corpus_find_audience(c, audience);
	unsigned p;

	if (a < 0 || u < 0)
		return c->n_configs;
	if (c->audiences[u].pinned)
		p = (unsigned)c->n_partitions - 1;
	else if (c->version_macro && v > c->latest)
		return c->n_configs;
	else
		p = xabi_corpus_partition_of(c, v);
	for (size_t i = 0; i < c->n_configs; i++)
		if (c->configs[i].arch == (unsigned)a && c->configs[i].audience == (unsigned)u &&
		    c->configs[i].partition == p)
			return i;
	return c->n_configs;
}

uint64_t xabi_corpus_partition_rep(const struct xabi_corpus *c, unsigned p)
{
	/* The last partition holds latest, which is what tools and the
	 * hypervisor are built at: parse that exact value. */
	if (c->version_macro && p == c->n_partitions - 1)
		return c->latest;
	return c->partitions[p].lo;
}

struct xabi_bitset *xabi_corpus_new_set(const struct xabi_corpus *c)
{
	return xabi_bitset_new(c->n_configs);
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
	assert(where->nbits == c->n_configs);
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
		xabi_arena_alloc(&p->arena, xabi_bitset_size(c->n_configs)),
		c->n_configs);
	xabi_bitset_or(stored->where, where);
	/* Interning does not touch the key buffer: it still holds f's key. */
	if (p->unordered)
		xabi_map_put(p->fact_index, xabi_buf_cstr(&p->key), stored);
	xabi_vec_grow((void **)&c->facts, &p->cap_facts, c->n_facts + 1,
		      sizeof(*c->facts));
	c->facts[c->n_facts++] = stored;
	return 0;
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
			xabi_arena_alloc(&p->arena, xabi_bitset_size(c->n_configs)),
			c->n_configs);
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

static const char *note_key(struct xabi_corpus *c, const char *path,
			    enum xabi_header_state state, const char *message)
{
	struct xabi_buf *k = &c->priv->key;

	xabi_buf_clear(k);
	xabi_buf_printf(k, "%s\x1f%d\x1f%s", path, (int)state, message);
	return xabi_buf_cstr(k);
}

void xabi_corpus_add_note(struct xabi_corpus *c, const char *path,
			  enum xabi_header_state state, const char *message,
			  const struct xabi_bitset *where)
{
	struct xabi_corpus_private *p = c->priv;
	struct xabi_header_note *n;
	const char *key = note_key(c, path, state, message);
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
			xabi_arena_alloc(&p->arena, xabi_bitset_size(c->n_configs)),
			c->n_configs);
		slot = c->n_notes;
		xabi_map_put(p->note_index, key, (void *)slot);
	}
	xabi_bitset_or(c->notes[slot - 1].where, where);
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
			     note_key(c, c->notes[i].path, c->notes[i].state,
				      c->notes[i].message),
			     (void *)(uintptr_t)(i + 1));
}
