/* SPDX-License-Identifier: MIT */
/*
 * Comparing libraries: matched by SONAME (or, when it changed, by the name
 * before ".so"), then their exported symbols by name and version. A
 * symbol whose name survives at other versions lost a version; one whose
 * name is gone was removed. Objects that change size and symbols that
 * change type break binaries too.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "compare.h"

struct lib {
	const struct xabi_fact *f;
	struct xabi_map *symbols; /* "name@version" -> fact (exports only) */
	struct xabi_map *names;   /* name -> fact (exports only) */
	const struct xabi_fact **list;
	size_t n;
};

struct libs {
	struct lib *items;
	size_t n, cap;
};

/* Pairs on which fact f holds on one side. */
static struct xabi_bitset *pairs_of(const struct xabi_pairs *pairs, const struct xabi_fact *f,
				    bool side_b)
{
	struct xabi_bitset *set = xabi_bitset_new(pairs->n);

	for (size_t p = 0; p < pairs->n; p++)
		if (xabi_bitset_test(f->where, side_b ? pairs->items[p].b : pairs->items[p].a))
			xabi_bitset_set(set, p);
	return set;
}

static void collect(const struct xabi_corpus *c, struct libs *out)
{
	struct xabi_map *index = xabi_map_new(64);

	for (size_t i = 0; i < c->n_facts; i++)
		if (c->facts[i]->kind == XABI_KIND_LIBRARY) {
			XABI_VEC_PUSH(out, ((struct lib){ c->facts[i], xabi_map_new(1024),
							  xabi_map_new(1024), NULL, 0 }));
			xabi_map_put(index, c->facts[i]->name, (void *)(uintptr_t)out->n);
		}
	for (size_t i = 0; i < c->n_facts; i++) {
		const struct xabi_fact *f = c->facts[i];
		uintptr_t slot;
		struct lib *l;
		char *key;

		if (f->kind != XABI_KIND_SYMBOL || strcmp(xabi_attr(f, "defined"), "yes") ||
		    !(slot = (uintptr_t)xabi_map_get(index, f->scope)))
			continue;
		l = &out->items[slot - 1];
		key = xabi_xasprintf("%s@%s", f->name, xabi_attr(f, "version"));
		if (!xabi_map_get(l->symbols, key)) {
			xabi_map_put(l->symbols, key, (void *)f);
			xabi_map_put(l->names, f->name, (void *)f);
			l->list = xabi_xrealloc(l->list, (l->n + 1) * sizeof(*l->list));
			l->list[l->n++] = f;
		}
		free(key);
	}
	xabi_map_free(index);
}

static void release(struct libs *libs)
{
	for (size_t i = 0; i < libs->n; i++) {
		xabi_map_free(libs->items[i].symbols);
		xabi_map_free(libs->items[i].names);
		free(libs->items[i].list);
	}
	free(libs->items);
}

/* "libxenctrl.so.4.17" -> length of "libxenctrl". */
static size_t stem(const char *name)
{
	const char *base = strrchr(name, '/'), *so;

	base = base ? base + 1 : name;
	so = strstr(base, ".so");
	return (size_t)((so ? so : base + strlen(base)) - name);
}

static struct lib *match(struct libs *old, const struct lib *l, bool *renamed)
{
	size_t n = stem(l->f->name);

	*renamed = false;
	for (size_t i = 0; i < old->n; i++)
		if (!strcmp(old->items[i].f->name, l->f->name))
			return &old->items[i];
	for (size_t i = 0; i < old->n; i++)
		if (stem(old->items[i].f->name) == n &&
		    !strncmp(old->items[i].f->name, l->f->name, n)) {
			*renamed = true;
			return &old->items[i];
		}
	return NULL;
}

/* Report a change on the pairs where its side holds; the message is
 * already formatted. */
static void report(struct xabi_sink *s, enum xabi_change_id id, const struct xabi_fact *a,
		   const struct xabi_fact *b, char *message)
{
	struct xabi_bitset *on = pairs_of(s->pairs, b ? b : a, b != NULL);

	if (!xabi_bitset_empty(on))
		xabi_sink_add(s, id, a, b, on, "%s", message);
	xabi_bitset_free(on);
	free(message);
}

static const void *lookup(const struct xabi_map *m, const char *key)
{
	return m ? xabi_map_get(m, key) : NULL;
}

/* "name@version", or "name" when unversioned. */
static char *label(const struct xabi_fact *f)
{
	return *xabi_attr(f, "version") ? xabi_xasprintf("%s@%s", f->name, xabi_attr(f, "version")) :
		xabi_xstrdup(f->name);
}

/* Library a (old, may be empty) against library b (new, may be empty). */
static void compare_libs(struct xabi_sink *s, const struct lib *a, const struct lib *b,
			 const char *name)
{
	for (size_t i = 0; a && i < a->n; i++) {
		const struct xabi_fact *f = a->list[i];
		char *key = xabi_xasprintf("%s@%s", f->name, xabi_attr(f, "version"));
		const struct xabi_fact *g = b ? lookup(b->symbols, key) : NULL;
		char *sym = label(f);

		if (!g && b && lookup(b->names, f->name))
			report(s, XABI_CH_ELF_SYMBOL_VERSION_REMOVED, f, NULL,
			       xabi_xasprintf("%s: %s is still exported, but no longer at "
					      "version %s", name, f->name, xabi_attr(f, "version")));
		else if (!g)
			report(s, XABI_CH_ELF_SYMBOL_REMOVED, f, NULL,
			       xabi_xasprintf("%s no longer exports %s", name, sym));
		else if (strcmp(xabi_attr(f, "type"), xabi_attr(g, "type")))
			report(s, XABI_CH_ELF_SYMBOL_TYPE_CHANGED, f, g,
			       xabi_xasprintf("%s: %s changed type from %s to %s", name, sym,
					      xabi_attr(f, "type"), xabi_attr(g, "type")));
		else if (!strcmp(xabi_attr(f, "type"), "object") &&
			 strcmp(xabi_attr(f, "size"), xabi_attr(g, "size")))
			report(s, XABI_CH_ELF_SYMBOL_SIZE_CHANGED, f, g,
			       xabi_xasprintf("%s: data object %s changed size from %s to %s "
					      "bytes", name, sym, xabi_attr(f, "size"), xabi_attr(g, "size")));
		free(sym);
		free(key);
	}
	for (size_t i = 0; b && i < b->n; i++) {
		const struct xabi_fact *g = b->list[i];
		char *key = xabi_xasprintf("%s@%s", g->name, xabi_attr(g, "version"));
		char *sym = label(g);

		if (!a || !lookup(a->symbols, key))
			report(s, XABI_CH_ELF_SYMBOL_ADDED, NULL, g,
			       xabi_xasprintf("%s exports %s", name, sym));
		free(sym);
		free(key);
	}
}

const struct xabi_package *xabi_package_gone(const struct xabi_corpus *old,
					     const struct xabi_corpus *new, const char *file)
{
	const struct xabi_package *p = file ? xabi_corpus_package_of(old, file) : NULL;

	return p && new->n_packages && !xabi_corpus_package(new, p->name) ? p : NULL;
}

/*
 * The message of old library i, which no new library matches. The first
 * (by file) of a package that is gone speaks for the package: its other
 * libraries are listed under it (findings.c), and a maintainer reads one
 * finding with what the package took away.
 */
static char *removal_message(const struct xabi_corpus *a, const struct xabi_corpus *b,
			     const struct libs *old, const bool *matched, size_t i)
{
	const struct lib *l = &old->items[i];
	const struct xabi_package *gone = xabi_package_gone(a, b, l->f->file);
	size_t libraries = 0, symbols = 0;

	for (size_t j = 0; gone && j < old->n; j++) {
		const struct lib *m = &old->items[j];

		if (matched[j] || xabi_package_gone(a, b, m->f->file) != gone)
			continue;
		if (strcmp(m->f->file, l->f->file) < 0)
			return xabi_xasprintf("%s is gone with package %s", l->f->name, gone->name);
		libraries++;
		symbols += m->n;
	}
	if (libraries > 1)
		return xabi_xasprintf("package %s is gone, and with it %zu libraries and the %zu "
				      "symbols they exported (%s and %zu more, listed under it): "
				      "programs linked to them no longer start", gone->name,
				      libraries, symbols, l->f->name, libraries - 1);
	return xabi_xasprintf("%s is gone, and with it the %zu symbol%s it exported: "
			      "programs linked to it no longer start", l->f->name, l->n,
			      l->n == 1 ? "" : "s");
}

void xabi_compare_elf(struct xabi_sink *s, const struct xabi_corpus *a,
		      const struct xabi_corpus *b)
{
	struct libs old = { 0 }, new = { 0 };
	bool *matched;

	collect(a, &old);
	collect(b, &new);
	matched = xabi_xcalloc(old.n + 1, sizeof(bool));
	for (size_t i = 0; i < new.n; i++) {
		bool renamed;
		struct lib *o = match(&old, &new.items[i], &renamed);

		if (o) {
			matched[o - old.items] = true;
			if (renamed)
				report(s, XABI_CH_ELF_SONAME_CHANGED, o->f, new.items[i].f,
				       xabi_xasprintf("%s is now %s: programs linked to the old "
						      "name need relinking", o->f->name,
						      new.items[i].f->name));
		}
		compare_libs(s, o, &new.items[i], new.items[i].f->name);
	}
	for (size_t i = 0; i < old.n; i++) {
		if (matched[i])
			continue;
		report(s, XABI_CH_ELF_LIBRARY_REMOVED, old.items[i].f, NULL,
		       removal_message(a, b, &old, matched, i));
		compare_libs(s, &old.items[i], NULL, old.items[i].f->name);
	}
	free(matched);
	release(&old);
	release(&new);
}
