/* SPDX-License-Identifier: MIT */
/*
 * A dump can pass its schema and still contradict itself: a record of
 * negative size, a field of a record that does not exist where the field
 * does, or one enumerator with two values in one configuration. Compared
 * as if true, such a dump hides or invents changes. These checks run as
 * facts stream in (refusals name the dump's line); the schema's own
 * errors are still reported first (read.c).
 *
 * In one configuration an entity (kind, scope, name) has one description:
 * xabi writes each fact once with the set where it holds (a copy listed
 * twice merges). Sizes, alignments and
 * offsets are not negative, alignments are powers of two, and a field
 * ends within its record wherever both hold.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/map.h"
#include "check.h"

/* A fact that names another, kept until every fact is read. */
struct reference {
	enum xabi_kind kind;      /* field or enumerator */
	const char *scope, *name; /* interned */
	const struct xabi_bitset *where;
	long line;
	int64_t end;              /* fields: offset + size, in bits */
};

/* One description of an entity, and where it holds so far. */
struct variant {
	char *text; /* its attributes, file, line and comment */
	struct xabi_bitset *where;
	struct variant *next;
};

/* One record: its size where it holds. */
struct sized {
	int64_t size;
	const struct xabi_bitset *where;
	struct sized *next;
};

struct xabi_dump_check {
	struct xabi_map *held;    /* entity key -> struct variant list */
	struct xabi_map *records; /* name -> struct sized list */
	struct xabi_map *enums;   /* name -> where it holds */
	XABI_VEC(struct reference) refs;
	XABI_VEC(void *) owned;
	struct xabi_buf key, text;
};

struct xabi_dump_check *xabi_dump_check_new(void)
{
	struct xabi_dump_check *k = xabi_xcalloc(1, sizeof(*k));

	k->held = xabi_map_new(4096);
	k->records = xabi_map_new(1024);
	k->enums = xabi_map_new(256);
	return k;
}

void xabi_dump_check_free(struct xabi_dump_check *k)
{
	if (!k)
		return;
	for (size_t i = 0; i < k->owned.n; i++)
		free(k->owned.items[i]);
	free(k->owned.items);
	free(k->refs.items);
	xabi_map_free(k->held);
	xabi_map_free(k->records);
	xabi_map_free(k->enums);
	xabi_buf_release(&k->key);
	xabi_buf_release(&k->text);
	free(k);
}

static int refuse(struct xabi_ctx *ctx, const char *name, long line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int refuse(struct xabi_ctx *ctx, const char *name, long line, const char *fmt, ...)
{
	struct xabi_buf why = XABI_BUF_INIT;
	va_list ap;
	int err;

	va_start(ap, fmt);
	xabi_buf_vprintf(&why, fmt, ap);
	va_end(ap);
	err = XABI_ERROR(ctx, XABI_EINVALID, "%s:%ld: %s", name, line, xabi_buf_cstr(&why));
	xabi_buf_release(&why);
	return err;
}

/* The first configuration in both sets, or a->nbits. */
static size_t common(const struct xabi_bitset *a, const struct xabi_bitset *b)
{
	for (size_t w = 0; w < (a->nbits + 63) / 64; w++)
		if (a->words[w] & b->words[w])
			return w * 64 + (size_t)__builtin_ctzll(a->words[w] & b->words[w]);
	return a->nbits;
}

/* The first configuration of `where` outside `cover`, or where->nbits. */
static size_t outside(const struct xabi_bitset *where, const struct xabi_bitset *cover)
{
	for (size_t w = 0; w < (where->nbits + 63) / 64; w++) {
		uint64_t out = where->words[w] & ~(cover ? cover->words[w] : 0);

		if (out)
			return w * 64 + (size_t)__builtin_ctzll(out);
	}
	return where->nbits;
}

static struct xabi_bitset *owned_set(struct xabi_dump_check *k, const struct xabi_corpus *c)
{
	struct xabi_bitset *set = xabi_space_new_set(&c->space);

	XABI_VEC_PUSH(&k->owned, set);
	return set;
}

/* An attribute as a whole number, when it is one. */
static bool number(const struct xabi_fact *f, const char *key, int64_t *out)
{
	const char *s = xabi_fact_attr(f, key);
	char *end;

	if (!s)
		return false;
	*out = strtoll(s, &end, 10);
	return *s && !*end;
}

static int check_numbers(const struct xabi_fact *f, long line, const char *name,
			 struct xabi_ctx *ctx)
{
	static const char *const keys[] = { "size", "align", "offset" };
	int64_t v;

	if (f->kind != XABI_KIND_RECORD && f->kind != XABI_KIND_ENUM &&
	    f->kind != XABI_KIND_FIELD)
		return 0;
	for (size_t i = 0; i < sizeof(keys) / sizeof(*keys); i++)
		if (number(f, keys[i], &v) && v < 0)
			return refuse(ctx, name, line, "%s %s has a negative %s (%" PRId64 ")",
				      xabi_kind_name(f->kind), f->name, keys[i], v);
	if (number(f, "align", &v) && (v == 0 || (v & (v - 1))))
		return refuse(ctx, name, line, "%s %s has an alignment of %" PRId64
			      ", which is no power of two", xabi_kind_name(f->kind),
			      f->name, v);
	return 0;
}

/* A fact's description, all but its name and where it holds. */
static const char *describe(struct xabi_buf *b, const struct xabi_fact *f)
{
	xabi_buf_clear(b);
	xabi_buf_cat(b, f->file, "\x1f", NULL);
	xabi_buf_put_uint(b, f->line);
	xabi_buf_cat(b, "\x1f", f->comment ? f->comment : "", NULL);
	for (unsigned i = 0; i < f->n_attrs; i++)
		xabi_buf_cat(b, "\x1f", f->attrs[i].key, "=", f->attrs[i].value, NULL);
	return xabi_buf_cstr(b);
}

/* One entity, one description per configuration: the same one listed
 * twice merges, two different ones are a contradiction. */
static int check_once(struct xabi_dump_check *k, const struct xabi_corpus *c,
		      const struct xabi_fact *f, const struct xabi_bitset *where,
		      long line, const char *name, struct xabi_ctx *ctx)
{
	const char *text = describe(&k->text, f);
	struct variant *first, *same = NULL;

	xabi_buf_clear(&k->key);
	xabi_buf_put_uint(&k->key, f->kind);
	xabi_buf_cat(&k->key, "\x1f", f->scope ? f->scope : "", "\x1f", f->name, NULL);
	first = xabi_map_get(k->held, xabi_buf_cstr(&k->key));
	for (struct variant *v = first; v; v = v->next) {
		size_t both;
		char *config;
		int err;

		if (!strcmp(v->text, text)) {
			same = v;
			continue;
		}
		both = common(v->where, where);
		if (both == where->nbits)
			continue;
		config = xabi_space_config_name(&c->space, both);
		err = refuse(ctx, name, line, "%s %s%s%s is described twice, differently, "
			     "for %s", xabi_kind_name(f->kind), f->scope ? f->scope : "",
			     f->scope ? "." : "", f->name, config);
		free(config);
		return err;
	}
	if (!same) {
		same = xabi_xmalloc(sizeof(*same));
		*same = (struct variant){ xabi_xstrdup(text), owned_set(k, c), first };
		XABI_VEC_PUSH(&k->owned, same);
		XABI_VEC_PUSH(&k->owned, same->text);
		xabi_map_put(k->held, xabi_buf_cstr(&k->key), same);
	}
	xabi_bitset_or(same->where, where);
	return 0;
}

/* What later checks need: records' sizes, enums' sets, references. */
static void remember(struct xabi_dump_check *k, struct xabi_corpus *c,
		     const struct xabi_fact *f, const struct xabi_bitset *where, long line)
{
	int64_t offset = 0, size = 0;

	if (f->kind == XABI_KIND_RECORD && number(f, "size", &size)) {
		struct sized *s = xabi_xmalloc(sizeof(*s));

		*s = (struct sized){ size, where, xabi_map_get(k->records, f->name) };
		XABI_VEC_PUSH(&k->owned, s);
		xabi_map_put(k->records, f->name, s);
	} else if (f->kind == XABI_KIND_ENUM) {
		struct xabi_bitset *set = xabi_map_get(k->enums, f->name);

		if (!set) {
			set = owned_set(k, c);
			xabi_map_put(k->enums, f->name, set);
		}
		xabi_bitset_or(set, where);
	} else if ((f->kind == XABI_KIND_FIELD || f->kind == XABI_KIND_ENUMERATOR) && f->scope) {
		int64_t end;

		number(f, "offset", &offset);
		number(f, "size", &size);
		/* A crafted dump may give any numbers: past INT64_MAX is past
		 * the end of every record. */
		if (__builtin_add_overflow(offset, size, &end))
			end = INT64_MAX;
		XABI_VEC_PUSH(&k->refs, ((struct reference){
			f->kind, xabi_corpus_intern(c, f->scope), xabi_corpus_intern(c, f->name),
			where, line, end }));
	}
}

int xabi_dump_check_fact(struct xabi_dump_check *k, struct xabi_corpus *c,
			 const struct xabi_fact *f, const struct xabi_bitset *where,
			 long line, const char *name, struct xabi_ctx *ctx)
{
	int err = check_numbers(f, line, name, ctx);

	if (!err)
		err = check_once(k, c, f, where, line, name, ctx);
	if (!err)
		remember(k, c, f, where, line);
	return err;
}

/* A field's record holds wherever it does, and the field ends inside it. */
static int check_field(const struct xabi_dump_check *k, const struct xabi_corpus *c,
		       const struct reference *r, const char *name, struct xabi_ctx *ctx)
{
	struct xabi_bitset *cover = xabi_space_new_set(&c->space);
	size_t missing;
	char *config;
	int err = 0;

	for (const struct sized *s = xabi_map_get(k->records, r->scope); s && !err; s = s->next) {
		size_t both = common(s->where, r->where);
		int64_t bits;

		xabi_bitset_or(cover, s->where);
		if (__builtin_mul_overflow(s->size, 8, &bits))
			bits = s->size < 0 ? INT64_MIN : INT64_MAX;
		if (both < r->where->nbits && r->end > bits) {
			config = xabi_space_config_name(&c->space, both);
			err = refuse(ctx, name, r->line, "field %s.%s ends at bit %" PRId64
				     ", past the end of its record (%" PRId64 " bytes) for %s",
				     r->scope, r->name, r->end, s->size, config);
			free(config);
		}
	}
	missing = outside(r->where, cover);
	if (!err && missing < r->where->nbits) {
		config = xabi_space_config_name(&c->space, missing);
		err = refuse(ctx, name, r->line, "field %s.%s belongs to no record %s for %s",
			     r->scope, r->name, r->scope, config);
		free(config);
	}
	xabi_bitset_free(cover);
	return err;
}

int xabi_dump_check_finish(struct xabi_dump_check *k, const struct xabi_corpus *c,
			   const char *name, struct xabi_ctx *ctx)
{
	int err = 0;

	for (size_t i = 0; !err && i < k->refs.n; i++) {
		const struct reference *r = &k->refs.items[i];
		size_t missing;
		char *config;

		if (r->kind == XABI_KIND_FIELD) {
			err = check_field(k, c, r, name, ctx);
			continue;
		}
		missing = outside(r->where, xabi_map_get(k->enums, r->scope));
		if (missing < r->where->nbits) {
			config = xabi_space_config_name(&c->space, missing);
			err = refuse(ctx, name, r->line, "enumerator %s belongs to no enum %s "
				     "for %s", r->name, r->scope, config);
			free(config);
		}
	}
	return err;
}
