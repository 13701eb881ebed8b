/* SPDX-License-Identifier: MIT */
/*
 * Where headers read the prelude differently from one interface version
 * to the next.
 *
 * A full extraction splits an arch's parses wherever any file of the
 * umbrella compares the version macro with a threshold, the prelude's
 * included: xen.h and its arch headers have many, so a patch to trace.h
 * was parsed once per partition though trace.h has none. The changed
 * headers' facts differ between two partitions only if something they
 * read differs there: their own conditions (their thresholds still split
 * their parses), or a name of the prelude that means something else at
 * another version. The reference corpus says where each name changes:
 * a fact of the prelude's files that holds at some versions of an arch
 * and audience and not at others (___DEFINE_XEN_GUEST_HANDLE before and
 * after 0x00030201). A macro the prelude defines with no fact to show it
 * (empty, or no integer expression) is the same at every version unless a
 * condition on the version encloses its definition; if one does, where it
 * changes cannot be told. The names headers read are their identifiers
 * outside comments, and those of the bodies of the macros they name.
 *
 * Like the rest of incremental extraction this is checked, not proved:
 * scripts/incremental-check.sh compares it with full extractions.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/file.h"
#include "../util/map.h"
#include "../util/order.h"
#include "reuse.h"
#include "words.h"

#define MAX_NESTING 64

/* Tree file i's words, and its text (which they point into). */
static bool read_words(const struct xabi_tree *tree, const struct xabi_scan *scan, size_t i,
		       char **text, struct xabi_words *out)
{
	char *path = xabi_tree_path(tree, scan->files[i].path);
	struct xabi_ctx ctx = { 0 };
	size_t len;
	bool ok = !xabi_file_read(text, &len, path, scan->max_header_bytes, &ctx);

	if (ok)
		xabi_split_words(*text, out);
	free(path);
	return ok;
}

/* ---- macro bodies ----------------------------------------------------- */

/* A macro's body (borrowed from the scan); a name may have several. */
struct body {
	const char *name, *text;
	struct body *next;
};

/* The tree's macro bodies by name; `all` holds them (one allocation). */
static struct xabi_map *macro_bodies(const struct xabi_scan *scan, struct body **all,
				     size_t *n)
{
	struct xabi_map *bodies = xabi_map_new(4096);

	*n = 0;
	for (size_t i = 0; i < scan->n_files; i++)
		*n += scan->files[i].n_defines + scan->files[i].n_functions;
	*all = xabi_xcalloc(*n + 1, sizeof(**all));
	*n = 0;
	for (size_t i = 0; i < scan->n_files; i++) {
		const struct xabi_scan_file *f = &scan->files[i];

		for (size_t d = 0; d < f->n_defines + f->n_functions; d++) {
			bool object = d < f->n_defines;
			struct body *b = &(*all)[(*n)++];

			b->name = object ? f->defines[d].name : f->functions[d - f->n_defines].name;
			b->text = object ? f->defines[d].body : f->functions[d - f->n_defines].body;
			b->next = xabi_map_get(bodies, b->name);
			xabi_map_put(bodies, b->name, b);
		}
	}
	return bodies;
}

/* ---- the prelude: which macros a condition on the version encloses ------ */

struct prelude_reading {
	struct xabi_map *versioned; /* names whose meaning may follow the version */
	struct xabi_map *gated;     /* macros defined or undefined under such a condition */
	bool grew;
};

static void mark(struct xabi_map *m, const struct xabi_word *w, bool *grew)
{
	char name[XABI_WORD_MAX];

	if (xabi_word_name(w, name) && !xabi_map_get(m, name)) {
		xabi_map_put(m, name, (void *)1);
		if (grew)
			*grew = true;
	}
}

static bool marked(const struct xabi_map *m, const struct xabi_word *w)
{
	char name[XABI_WORD_MAX];

	return xabi_word_name(w, name) && xabi_map_get(m, name);
}

/*
 * One prelude file's conditionals: a region is under the version when its
 * condition, or one of the chain it belongs to, or an enclosing one, names
 * a versioned name; what it defines is then versioned and gated. False
 * when the conditionals nest too deep to follow.
 */
static bool read_conditionals(const struct xabi_words *w, struct prelude_reading *r)
{
	bool under[MAX_NESTING + 1] = { false }, condition = false;
	size_t depth = 0;
	const struct xabi_word *keyword = NULL;

	for (size_t i = 0; i < w->n; i++) {
		const struct xabi_word *x = &w->items[i];

		if (x->kind == XABI_WORD_KEYWORD) {
			keyword = x;
			condition = false;
			if (xabi_word_is(x, "endif") && depth)
				depth--;
		} else if (x->kind == XABI_WORD_DIRECTIVE && keyword) {
			if (xabi_word_is(keyword, "define") || xabi_word_is(keyword, "undef")) {
				if (under[depth]) {
					mark(r->versioned, x, &r->grew);
					mark(r->gated, x, NULL);
				}
				keyword = NULL; /* the name only, not the body */
			} else {
				condition |= marked(r->versioned, x);
			}
		} else if (x->kind == XABI_WORD_END && keyword) {
			if (xabi_word_is(keyword, "if") || xabi_word_is(keyword, "ifdef") ||
			    xabi_word_is(keyword, "ifndef")) {
				if (depth == MAX_NESTING)
					return false;
				depth++;
				under[depth] = under[depth - 1] || condition;
			} else if (xabi_word_is(keyword, "elif") && depth) {
				under[depth] |= condition;
			}
			keyword = NULL;
		}
	}
	return true;
}

/* Mark versioned every macro whose body names a versioned name. */
static void read_bodies(const struct body *all, size_t n, struct prelude_reading *r)
{
	struct xabi_words w = { 0 };

	for (size_t i = 0; i < n; i++) {
		w.n = 0;
		xabi_split_words(all[i].text, &w);
		for (size_t j = 0; j < w.n; j++)
			if (marked(r->versioned, &w.items[j])) {
				struct xabi_word name = { all[i].name, (unsigned)strlen(all[i].name),
						     XABI_WORD_CODE };

				mark(r->versioned, &name, &r->grew);
				break;
			}
	}
	free(w.items);
}

/*
 * The macros of the prelude's files that a condition on the version
 * encloses, in `gated`; false when the files cannot be read or followed.
 * A condition is on the version when it names the version macro, or a
 * macro whose body or definition is, until nothing more is found.
 */
static bool gated_macros(const struct xabi_tree *tree, const struct xabi_scan *scan,
			 const bool *prelude, const struct body *all, size_t n_bodies,
			 struct xabi_map *gated)
{
	struct prelude_reading r = { xabi_map_new(256), gated, true };
	struct xabi_words *w = xabi_xcalloc(scan->n_files + 1, sizeof(*w));
	char **text = xabi_xcalloc(scan->n_files + 1, sizeof(*text));
	struct xabi_word version = { scan->version_macro,
				scan->version_macro ? (unsigned)strlen(scan->version_macro) : 0,
				XABI_WORD_CODE };
	bool ok = true;

	if (scan->version_macro)
		mark(r.versioned, &version, NULL);
	for (size_t i = 0; ok && i < scan->n_files; i++)
		ok = !prelude[i] || read_words(tree, scan, i, &text[i], &w[i]);
	while (ok && r.grew) {
		r.grew = false;
		read_bodies(all, n_bodies, &r);
		for (size_t i = 0; ok && i < scan->n_files; i++)
			ok = !prelude[i] || read_conditionals(&w[i], &r);
	}
	for (size_t i = 0; i < scan->n_files; i++) {
		free(w[i].items);
		free(text[i]);
	}
	free(w);
	free(text);
	xabi_map_free(r.versioned);
	return ok;
}

/* ---- where names change, from the reference's facts ------------------- */

/* Where a name of the prelude changes meaning: the versions at which it
 * does (the lower bound of a partition whose facts differ from the one
 * before). */
struct cuts {
	XABI_VEC(uint64_t) at;
};

/* Every struct cuts made, to free. */
struct cuts_list {
	struct cuts **items;
	size_t n, cap;
};

static struct cuts *cuts_of(struct xabi_map *m, struct cuts_list *all, const char *name)
{
	struct cuts *c = xabi_map_get(m, name);

	if (!c) {
		c = xabi_xcalloc(1, sizeof(*c));
		xabi_map_put(m, name, c);
		XABI_VEC_PUSH(all, c);
	}
	return c;
}

/* Whether fact f comes from one of `files`. */
static bool in_files(const struct xabi_scan *scan, const struct xabi_fact *f, const bool *files)
{
	size_t i = xabi_scan_index(scan, f->file);

	return i < scan->n_files && files[i];
}

/* Add to `c` the versions at which fact f starts or stops holding within
 * an arch and audience of `ref` (configurations go arch by arch, then
 * audience, then partition). */
static void add_cuts(const struct xabi_corpus *ref, const struct xabi_fact *f, struct cuts *c)
{
	for (size_t k = 1; k < ref->space.n_configs; k++) {
		const struct xabi_config *a = &ref->space.configs[k - 1], *b = &ref->space.configs[k];

		if (a->arch == b->arch && a->audience == b->audience &&
		    xabi_bitset_test(f->where, k - 1) != xabi_bitset_test(f->where, k))
			XABI_VEC_PUSH(&c->at, ref->space.partitions[b->partition].lo);
	}
}

/*
 * Where the names the prelude's files (`prelude`) give change meaning
 * within an arch and audience of `ref`: in `differ` (name -> struct
 * cuts). A record's name changes where its fields do; a field's own name
 * is its record's, not one others can use.
 */
static void fact_cuts(const struct xabi_corpus *ref, const struct xabi_scan *scan,
		      const bool *prelude, struct xabi_map *differ, struct cuts_list *all,
		      struct xabi_map *shown)
{
	struct xabi_map *records = xabi_map_new(1024); /* declared in the prelude */

	for (size_t i = 0; i < ref->n_facts; i++)
		if (ref->facts[i]->kind == XABI_KIND_RECORD && in_files(scan, ref->facts[i], prelude))
			xabi_map_put(records, ref->facts[i]->name, (void *)1);
	for (size_t i = 0; i < ref->n_facts; i++) {
		const struct xabi_fact *f = ref->facts[i];
		struct cuts here = { { 0 } };

		/* A field a macro of the prelude spelled (XEN_GUEST_HANDLE_64's
		 * member) belongs to its record, wherever that is declared. */
		if (!in_files(scan, f, prelude) ||
		    (f->kind == XABI_KIND_FIELD && !xabi_map_get(records, f->scope)))
			continue;
		if (f->kind == XABI_KIND_MACRO)
			xabi_map_put(shown, f->name, (void *)1);
		add_cuts(ref, f, &here);
		for (size_t j = 0; j < here.at.n; j++) {
			if (f->kind != XABI_KIND_FIELD)
				XABI_VEC_PUSH(&cuts_of(differ, all, f->name)->at, here.at.items[j]);
			if (f->scope)
				XABI_VEC_PUSH(&cuts_of(differ, all, f->scope)->at, here.at.items[j]);
		}
		free(here.at.items);
	}
	xabi_map_free(records);
}

/* ---- what the changed headers read ------------------------------------ */

/* A worklist of names, each once. */
struct names {
	struct xabi_map *seen;
	XABI_VEC(char *) todo;
};

static void add_name(struct names *n, const struct xabi_word *w)
{
	char name[XABI_WORD_MAX];

	if (!xabi_word_name(w, name) || xabi_map_get(n->seen, name))
		return;
	xabi_map_put(n->seen, name, (void *)1);
	XABI_VEC_PUSH(&n->todo, xabi_xstrdup(name));
}

/*
 * Add the names `w` reads to `used`. A directive's own name is none; the
 * version macro compared in #if or #elif is none either, since the file's
 * thresholds already split its parses there.
 */
static void add_used(const struct xabi_words *w, const char *version_macro, struct names *used)
{
	const struct xabi_word *keyword = NULL;

	for (size_t i = 0; i < w->n; i++) {
		const struct xabi_word *x = &w->items[i];

		if (x->kind == XABI_WORD_KEYWORD)
			keyword = x;
		else if (x->kind == XABI_WORD_END)
			keyword = NULL;
		else if (!(x->kind == XABI_WORD_DIRECTIVE && keyword && version_macro &&
			   (xabi_word_is(keyword, "if") || xabi_word_is(keyword, "elif")) &&
			   xabi_word_is(x, version_macro)))
			add_name(used, x);
	}
}

/* Sort and drop repeats. */
static size_t sort_unique(uint64_t *v, size_t n)
{
	size_t out = 0;

	if (n)
		qsort(v, n, sizeof(*v), xabi_order_u64);
	for (size_t i = 0; i < n; i++)
		if (!out || v[out - 1] != v[i])
			v[out++] = v[i];
	return out;
}

bool xabi_reuse_prelude_cuts(const struct xabi_corpus *ref, const struct xabi_tree *tree,
			     const struct xabi_scan *scan, const bool *prelude,
			     const bool *parsed, uint64_t **cuts, size_t *n_cuts)
{
	struct xabi_map *differ = xabi_map_new(1024), *gated = xabi_map_new(256);
	struct xabi_map *shown = xabi_map_new(1024), *bodies;
	struct cuts_list all = { 0 };
	XABI_VEC(uint64_t) out = { 0 };
	struct names used = { xabi_map_new(4096), { 0 } };
	struct body *bodies_of;
	size_t n_bodies;
	bool known;

	bodies = macro_bodies(scan, &bodies_of, &n_bodies);
	known = gated_macros(tree, scan, prelude, bodies_of, n_bodies, gated);
	fact_cuts(ref, scan, prelude, differ, &all, shown);
	for (size_t i = 0; known && i < scan->n_files; i++) {
		struct xabi_words w = { 0 };
		char *text = NULL;

		if (parsed[i] && (known = read_words(tree, scan, i, &text, &w)))
			add_used(&w, scan->version_macro, &used);
		free(w.items);
		free(text);
	}
	/* The worklist grows as macro bodies name more macros. */
	for (size_t i = 0; known && i < used.todo.n; i++) {
		const char *name = used.todo.items[i];
		const struct cuts *c = xabi_map_get(differ, name);
		struct xabi_words w = { 0 };

		/* The version itself, outside a condition of the file's own, or
		 * a macro under a condition on it with no fact to show where it
		 * changes: where cannot be told. */
		known = !(scan->version_macro && !strcmp(name, scan->version_macro)) &&
			!(xabi_map_get(gated, name) && !xabi_map_get(shown, name));
		for (size_t j = 0; c && j < c->at.n; j++)
			XABI_VEC_PUSH(&out, c->at.items[j]);
		for (const struct body *b = xabi_map_get(bodies, name); b; b = b->next)
			xabi_split_words(b->text, &w);
		add_used(&w, NULL, &used);
		free(w.items);
	}
	*n_cuts = sort_unique(out.items, out.n);
	*cuts = known ? out.items : NULL;
	if (!known)
		free(out.items);
	for (size_t i = 0; i < used.todo.n; i++)
		free(used.todo.items[i]);
	free(used.todo.items);
	for (size_t i = 0; i < all.n; i++) {
		free(all.items[i]->at.items);
		free(all.items[i]);
	}
	free(all.items);
	free(bodies_of);
	xabi_map_free(used.seen);
	xabi_map_free(bodies);
	xabi_map_free(shown);
	xabi_map_free(gated);
	xabi_map_free(differ);
	return known;
}
