/* SPDX-License-Identifier: MIT */
/*
 * Finding the header that leaves a declaration open at its end, when the
 * umbrella did not stay whole (see xabi_frontend_run). One more parse of
 * the umbrella, in which every header of the job's closure is handed to
 * libclang with a sentinel declaration appended at its end:
 *     extern int __xabi_end_<scan index>;
 * A header that ends inside a struct, a parameter list or an initializer
 * swallows its own sentinel, and so does every header after it: the first
 * header, in the order they were entered, whose sentinel is not a
 * declaration of the translation unit is the one to blame. This costs two
 * parses per broken header, and nothing when all is well.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/file.h"
#include "frontend.h"

#define SENTINEL "__xabi_end_"

/* A tree file as it was entered, and the entry of the file including it. */
struct entry {
	size_t file, parent; /* parent: an index into `entered`, or SIZE_MAX */
};

struct finder {
	struct xabi_tu t;
	size_t n_entered;
	struct entry *entered; /* in the order entered */
	size_t *entry_of;      /* per scan index: 1 + its entry, 0 if none */
	bool *whole;           /* per scan index: its sentinel was seen */
};

static void on_entered(CXFile file, CXSourceLocation *stack, unsigned depth,
		       CXClientData data)
{
	struct finder *f = data;
	size_t n = f->t.fe->scan->n_files, i = xabi_tu_file(&f->t, file), from = n;
	CXFile includer;

	if (i >= n || f->entry_of[i])
		return;
	if (depth) {
		clang_getExpansionLocation(stack[0], &includer, NULL, NULL, NULL);
		from = includer ? xabi_tu_file(&f->t, includer) : n;
	}
	f->entered[f->n_entered] = (struct entry){
		i, from < n && f->entry_of[from] ? f->entry_of[from] - 1 : SIZE_MAX
	};
	f->entry_of[i] = ++f->n_entered;
}

static bool descends_from(const struct finder *f, size_t e, size_t ancestor)
{
	for (size_t p = f->entered[e].parent, steps = 0;
	     p != SIZE_MAX && steps < f->n_entered; p = f->entered[p].parent, steps++)
		if (p == ancestor)
			return true;
	return false;
}

/*
 * The first header to end without its sentinel. Headers end children
 * first: a header whose sentinel is missing is to blame unless one it
 * entered (and so ended before it) lost its sentinel too.
 */
static size_t first_to_end_open(const struct finder *f)
{
	size_t culprit = SIZE_MAX;

	for (size_t e = 0; e < f->n_entered; e++)
		if (!f->whole[f->entered[e].file] &&
		    (culprit == SIZE_MAX || descends_from(f, e, culprit)))
			culprit = e;
	return culprit == SIZE_MAX ? f->t.fe->scan->n_files : f->entered[culprit].file;
}

static enum CXChildVisitResult on_top(CXCursor c, CXCursor parent, CXClientData data)
{
	struct finder *f = data;
	CXString name;
	const char *s;

	(void)parent;
	if (clang_getCursorKind(c) != CXCursor_VarDecl)
		return CXChildVisit_Continue;
	name = clang_getCursorSpelling(c);
	s = clang_getCString(name);
	if (s && !strncmp(s, SENTINEL, strlen(SENTINEL))) {
		size_t i = strtoul(s + strlen(SENTINEL), NULL, 10);
		unsigned line;

		/* Only in its own file: a header cannot speak for another. */
		if (i < f->t.fe->scan->n_files &&
		    xabi_tu_locate(&f->t, clang_getCursorLocation(c), &line) == i)
			f->whole[i] = true;
	}
	clang_disposeString(name);
	return CXChildVisit_Continue;
}

/* The headers of the closure, each with its sentinel, as unsaved files. */
static struct CXUnsavedFile *with_sentinels(const struct xabi_frontend *fe,
					    const struct xabi_job *job, bool *whole,
					    size_t *n)
{
	const struct xabi_scan *s = fe->scan;
	struct CXUnsavedFile *files = xabi_xcalloc(s->n_files + 2, sizeof(*files));

	*n = 1; /* [0] is the umbrella */
	for (size_t i = 0; i < s->n_files; i++) {
		char *path, *text;
		size_t len;

		if (!job->closure[i])
			continue;
		path = xabi_tree_path(fe->tree, s->files[i].path);
		if (xabi_file_read(&text, &len, path, s->max_header_bytes, NULL)) {
			whole[i] = true; /* unreadable now: not to blame */
			free(path);
			continue;
		}
		files[*n].Filename = path;
		files[*n].Contents = xabi_xasprintf("%.*s\n" "extern int " SENTINEL "%zu;\n",
						    (int)len, text, i);
		files[*n].Length = (unsigned long)strlen(files[*n].Contents);
		(*n)++;
		free(text);
	}
	return files;
}

static void free_unsaved(struct CXUnsavedFile *files, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		free((char *)files[i].Filename);
		free((char *)files[i].Contents);
	}
	free(files);
}

/* The first header entered whose sentinel is missing, or n_files. */
static size_t find_culprit(CXIndex idx, const struct xabi_frontend *fe,
			   const struct xabi_job *job, const struct xabi_umbrella *u)
{
	const struct xabi_scan *s = fe->scan;
	struct finder f = { .t = { .fe = fe } };
	struct xabi_strvec args = XABI_STRVEC_INIT;
	struct CXUnsavedFile *files;
	size_t n_files, culprit = s->n_files;

	f.whole = xabi_xcalloc(s->n_files + 1, sizeof(bool));
	files = with_sentinels(fe, job, f.whole, &n_files);
	files[0] = (struct CXUnsavedFile){ xabi_umbrella_path(fe), xabi_buf_cstr(&u->text),
					   (unsigned long)u->text.len };
	xabi_frontend_args(fe, job, &args);
	if (clang_parseTranslationUnit2(idx, files[0].Filename,
					(const char *const *)args.items, (int)args.n,
					files, (unsigned)n_files,
					CXTranslationUnit_KeepGoing |
					CXTranslationUnit_SkipFunctionBodies,
					&f.t.tu) == CXError_Success) {
		f.entered = xabi_xcalloc(s->n_files + 1, sizeof(*f.entered));
		f.entry_of = xabi_xcalloc(s->n_files + 1, sizeof(size_t));
		clang_getInclusions(f.t.tu, on_entered, &f);
		clang_visitChildren(clang_getTranslationUnitCursor(f.t.tu), on_top, &f);
		culprit = first_to_end_open(&f);
		clang_disposeTranslationUnit(f.t.tu);
	}
	free((char *)files[0].Filename);
	files[0].Contents = NULL;
	free_unsaved(files, n_files);
	xabi_strvec_clear(&args);
	free(f.entered);
	free(f.entry_of);
	free(f.whole);
	free(f.t.files);
	return culprit;
}

void xabi_isolate_exclude(const struct xabi_scan *s, size_t culprit, char **excluded)
{
	const char *name = s->files[culprit].path;
	bool *out = xabi_xcalloc(s->n_files + 1, sizeof(bool)), changed = true;

	out[culprit] = true;
	excluded[culprit] = xabi_xasprintf("%s:%u: a declaration is still open at the end "
					   "of the file (an unclosed '{', '(' or "
					   "initializer) and would swallow what follows; "
					   "parsed without it", name, s->files[culprit].n_lines > 1 ?
					   s->files[culprit].n_lines - 1 : 1);
	while (changed) {
		changed = false;
		for (size_t i = 0; i < s->n_files; i++)
			for (size_t d = 0; !out[i] && d < s->files[i].n_deps; d++)
				if (out[s->files[i].deps[d]]) {
					out[i] = changed = true;
					if (!excluded[i])
						excluded[i] = xabi_xasprintf(
							"%s:1: includes %s, which leaves a "
							"declaration open at its end; "
							"parsed without it",
							s->files[i].path, name);
				}
	}
	free(out);
}

size_t xabi_isolate_open_header(CXIndex idx, const struct xabi_frontend *fe,
				const struct xabi_job *job, const struct xabi_umbrella *u)
{
	return find_culprit(idx, fe, job, u);
}
