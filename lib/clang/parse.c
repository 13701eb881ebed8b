/* SPDX-License-Identifier: MIT */
/*
 * One parse: run libclang on a job's umbrella (umbrella.c), sort its
 * diagnostics into per-header states, and hand the translation unit to the
 * fact visitor.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/strvec.h"
#include "frontend.h"

#define UMBRELLA_NAME ".xabi-umbrella.c"
/* Headers left out of one parse for leaving a declaration open, at most. */
#define MAX_ROUNDS 32

size_t xabi_tu_file(struct xabi_tu *t, CXFile file)
{
	const struct xabi_scan *s = t->fe->scan;
	const char *root = t->fe->tree->root;
	size_t rootlen = strlen(root), index = s->n_files;
	CXString name;
	const char *path;

	/* Consecutive cursors are nearly always in the same file. */
	if (t->n_files && t->files[t->last_file].file == file)
		return t->files[t->last_file].index;
	for (size_t i = 0; i < t->n_files; i++)
		if (t->files[i].file == file) {
			t->last_file = i;
			return t->files[i].index;
		}
	name = clang_File_tryGetRealPathName(file);
	path = clang_getCString(name);
	if (!path || !*path) {
		clang_disposeString(name);
		name = clang_getFileName(file);
		path = clang_getCString(name);
	}
	if (path && !strncmp(path, root, rootlen) && path[rootlen] == '/')
		index = xabi_scan_index(s, path + rootlen + 1);
	clang_disposeString(name);
	xabi_vec_grow((void **)&t->files, &t->cap_files, t->n_files + 1,
		      sizeof(*t->files));
	t->files[t->n_files].file = file;
	t->files[t->n_files].index = index;
	t->files[t->n_files].includer = s->n_files;
	t->last_file = t->n_files++;
	return index;
}

size_t xabi_tu_locate(struct xabi_tu *t, CXSourceLocation loc, unsigned *line)
{
	CXFile file;

	clang_getExpansionLocation(loc, &file, line, NULL, NULL);
	return file ? xabi_tu_file(t, file) : t->fe->scan->n_files;
}

/* A file outside the tree: note the innermost tree header on its stack,
 * which an error in it is blamed on. */
static void note_includer(struct xabi_tu *t, size_t entry, CXSourceLocation *stack,
			  unsigned depth)
{
	size_t n = t->fe->scan->n_files;

	for (unsigned k = 0; k < depth; k++) {
		CXFile from;
		size_t i;

		clang_getExpansionLocation(stack[k], &from, NULL, NULL, NULL);
		i = from ? xabi_tu_file(t, from) : n;
		if (i < n) {
			t->files[entry].includer = i;
			return;
		}
	}
}

static void on_inclusion(CXFile file, CXSourceLocation *stack, unsigned depth,
			 CXClientData data)
{
	struct xabi_tu *t = data;
	size_t i = xabi_tu_file(t, file); /* not clang_getLocation(): it is slow */
	size_t entry = t->last_file;

	if (i < t->fe->scan->n_files && t->out->state[i] == XABI_FILE_UNSEEN)
		t->out->state[i] = XABI_FILE_PARSED;
	else if (i == t->fe->scan->n_files && t->fe->profile->hosted)
		note_includer(t, entry, stack, depth);
}

/* The tree header that included `file` (outside the tree), or n_files
 * (for a tree file too: it was noted for files outside it only). */
static size_t includer_of(struct xabi_tu *t, CXFile file)
{
	if (!file)
		return t->fe->scan->n_files;
	xabi_tu_file(t, file); /* its entry is now the last one found */
	return t->files[t->last_file].includer;
}

bool xabi_tu_probe_failed(const struct xabi_tu *t, CXCursor c)
{
	CXFile file;
	unsigned line;

	clang_getExpansionLocation(clang_getCursorLocation(c), &file, &line, NULL, NULL);
	return file && clang_File_isEqual(file, t->main_file) && line < t->n_lines &&
	       t->failed_line[line];
}

static bool is_error_directive(const struct xabi_scan_file *f, unsigned line)
{
	for (size_t i = 0; i < f->n_errors; i++)
		if (f->errors[i] == line)
			return true;
	return false;
}

static char *diag_message(struct xabi_tu *t, CXDiagnostic d, const char *file,
			  unsigned line, unsigned col)
{
	CXString text = clang_getDiagnosticSpelling(d);
	char *msg = file ? xabi_xasprintf("%s:%u:%u: %s", file, line, col,
					  clang_getCString(text)) :
		xabi_xstrdup(clang_getCString(text));
	char *copy = xabi_arena_strdup(&t->out->arena, msg);

	free(msg);
	clang_disposeString(text);
	return copy;
}

/*
 * The message of an error in header `i`. The overlay makes an #include of
 * anything outside the tree "not found"; say why, so nobody goes looking
 * for a missing file.
 */
static char *header_message(struct xabi_tu *t, CXDiagnostic d, size_t i,
			    unsigned line, unsigned col)
{
	static const char tail[] = "' file not found";
	const char *path = t->fe->scan->files[i].path;
	CXString text = clang_getDiagnosticSpelling(d);
	const char *s = clang_getCString(text);
	size_t n = s ? strlen(s) : 0;
	char *inc = NULL, *msg, *copy;

	if (n > sizeof(tail) && s[0] == '\'' && !strcmp(s + n - strlen(tail), tail))
		inc = xabi_xstrndup(s + 1, n - 1 - strlen(tail));
	clang_disposeString(text);
	if (!inc || !xabi_scan_include_leaves(path, inc)) {
		free(inc);
		return diag_message(t, d, path, line, col);
	}
	msg = xabi_xasprintf("%s:%u:%u: '%s' is outside the tree, so it is not read",
			     path, line, col, inc);
	copy = xabi_arena_strdup(&t->out->arena, msg);
	free(msg);
	free(inc);
	return copy;
}

/* Sort one error into the state of the header it is in. */
static void classify(struct xabi_tu *t, const struct xabi_umbrella *u, CXDiagnostic d)
{
	const struct xabi_scan *s = t->fe->scan;
	struct xabi_job_result *out = t->out;
	CXSourceLocation loc = clang_getDiagnosticLocation(d);
	CXFile file;
	unsigned line, col;
	size_t i;

	clang_getExpansionLocation(loc, &file, &line, &col, NULL);
	if (file && clang_File_isEqual(file, t->main_file)) {
		if (line >= u->probe_line) {
			/* After the headers: a macro that is not an integer
			 * constant, or a header that left a declaration open
			 * (xabi_frontend_run() finds it). */
			if (line < t->n_lines)
				t->failed_line[line] = true;
			return;
		}
		i = u->header_at[line];
		if (i < s->n_files) {
			out->state[i] = XABI_FILE_FAILED;
			if (!out->message[i])
				out->message[i] = diag_message(t, d, UMBRELLA_NAME, line, col);
			return;
		}
	}
	i = xabi_tu_locate(t, loc, &line);
	if (i >= s->n_files && (i = includer_of(t, file)) < s->n_files) {
		/* In the C library, by way of header i (a hosted profile):
		 * header i does not compile here, with what it includes. */
		if (out->state[i] != XABI_FILE_FAILED && out->state[i] != XABI_FILE_REFUSED) {
			CXString name = clang_getFileName(file);

			out->state[i] = XABI_FILE_FAILED;
			out->message[i] = diag_message(t, d, clang_getCString(name), line, col);
			clang_disposeString(name);
		}
		return;
	}
	if (i >= s->n_files) {
		/* Outside the tree: the prelude or the target itself is
		 * broken, and nothing of this parse can be trusted. */
		if (!out->fatal) {
			CXString name = file ? clang_getFileName(file) : (CXString){ 0 };

			out->fatal = diag_message(t, d, file ? clang_getCString(name) : NULL,
						  line, col);
			if (file)
				clang_disposeString(name);
		}
		return;
	}
	if (is_error_directive(&s->files[i], line)) {
		if (out->state[i] != XABI_FILE_REFUSED)
			out->message[i] = diag_message(t, d, s->files[i].path, line, col);
		out->state[i] = XABI_FILE_REFUSED;
	} else if (out->state[i] != XABI_FILE_REFUSED) {
		if (out->state[i] != XABI_FILE_FAILED)
			out->message[i] = header_message(t, d, i, line, col);
		out->state[i] = XABI_FILE_FAILED;
	}
}

/*
 * A tree header the prelude includes (xen.h) stands under every header, so
 * where it does not compile the tree as a whole does not offer the
 * configuration: where it refuses it (xen.h's "Unsupported architecture"
 * before an arch's port), and where it fails (4.21's ppc64 guests:
 * uint64_aligned_t is defined for tools only). The headers after it failed
 * because of it, or seemed to parse and read broken types (structs of one
 * byte); those that need no arch type would hold facts in one release and
 * not in the next, as the port comes and goes. All are refused with its
 * message; a failure of its own is still reported.
 */
static void refuse_with_prelude(const struct xabi_frontend *fe, struct xabi_job_result *out)
{
	const struct xabi_profile *p = fe->profile;
	const struct xabi_scan *s = fe->scan;

	for (size_t i = 0; i < p->n_prelude; i++) {
		size_t idx = xabi_plan_prelude_file(p, s, i);

		if (idx >= s->n_files || (out->state[idx] != XABI_FILE_REFUSED &&
					  out->state[idx] != XABI_FILE_FAILED))
			continue;
		for (size_t j = 0; j < s->n_files; j++)
			if (j != idx && (out->state[j] == XABI_FILE_PARSED ||
					 out->state[j] == XABI_FILE_FAILED)) {
				out->state[j] = XABI_FILE_REFUSED;
				out->message[j] = out->message[idx];
			}
	}
}

static const char *describe_failure(enum CXErrorCode e)
{
	switch (e) {
	case CXError_Crashed: return "libclang crashed";
	case CXError_InvalidArguments: return "libclang rejected its arguments";
	case CXError_ASTReadError: return "libclang could not read its AST";
	default: return "libclang failed";
	}
}

char *xabi_umbrella_path(const struct xabi_frontend *fe)
{
	return xabi_xasprintf("%s/" UMBRELLA_NAME, fe->tree->root);
}

/*
 * One parse of the umbrella `u` into `out` (which it initializes).
 * Headers with a reason in `excluded` are not in `u`; they are marked
 * failed with it before the facts are read. Returns false when the
 * umbrella did not stay whole: its own variable after the headers is not
 * a declaration of its own, so some header left one open.
 */
static bool parse_once(CXIndex idx, const struct xabi_frontend *fe,
		       const struct xabi_job *job, const struct xabi_umbrella *u,
		       const char *const *excluded, struct xabi_job_result *out)
{
	struct xabi_strvec args = XABI_STRVEC_INIT;
	struct CXUnsavedFile unsaved;
	struct xabi_tu t = { .fe = fe, .out = out, .only = job->only, .probed = u->probed };
	char *main_path = xabi_umbrella_path(fe);
	enum CXErrorCode err;
	unsigned options = CXTranslationUnit_DetailedPreprocessingRecord |
			   CXTranslationUnit_KeepGoing |
			   CXTranslationUnit_SkipFunctionBodies;

	memset(out, 0, sizeof(*out));
	out->state = xabi_xcalloc(fe->scan->n_files + 1, 1);
	out->message = xabi_xcalloc(fe->scan->n_files + 1, sizeof(char *));
	xabi_frontend_args(fe, job, &args);
	unsaved = (struct CXUnsavedFile){ main_path, xabi_buf_cstr(&u->text),
					   (unsigned long)u->text.len };
	err = clang_parseTranslationUnit2(idx, main_path,
					  (const char *const *)args.items,
					  (int)args.n, &unsaved, 1, options, &t.tu);
	if (err != CXError_Success) {
		out->fatal = xabi_arena_strdup(&out->arena, describe_failure(err));
		goto out;
	}
	t.main_file = clang_getFile(t.tu, main_path);
	t.n_lines = u->lines + 1;
	t.failed_line = xabi_xcalloc(t.n_lines, sizeof(bool));
	clang_getInclusions(t.tu, on_inclusion, &t);
	for (unsigned i = 0, n = clang_getNumDiagnostics(t.tu); i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(t.tu, i);

		if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error)
			classify(&t, u, d);
		clang_disposeDiagnostic(d);
	}
	refuse_with_prelude(fe, out);
	for (size_t i = 0; excluded && i < fe->scan->n_files; i++)
		if (excluded[i]) {
			out->state[i] = XABI_FILE_FAILED;
			out->message[i] = xabi_arena_strdup(&out->arena, excluded[i]);
		}
	if (!out->fatal)
		xabi_visit_facts(&t);
	clang_disposeTranslationUnit(t.tu);
out:
	xabi_strvec_clear(&args);
	free(t.files);
	free(t.failed_line);
	free(main_path);
	return out->fatal || t.long_bits;
}

/*
 * All headers share the umbrella, so one that ends inside a declaration
 * (an unclosed '{' or '(') swallowed the headers after it and the probes:
 * an unchanged header then lost its macros. When the umbrella does not
 * stay whole, find that header (isolate.c), leave it and its includers
 * out, and parse again: a header that fails fails alone. A normal run
 * parses once and pays nothing for this.
 */
void xabi_frontend_run(CXIndex idx, const struct xabi_frontend *fe,
		       const struct xabi_job *job, struct xabi_job_result *out)
{
	const struct xabi_umbrella *u = job->umbrella;
	struct xabi_umbrella own = { 0 };
	char **excluded = NULL;

	for (unsigned round = 0;
	     !parse_once(idx, fe, job, u, (const char *const *)excluded, out); round++) {
		size_t n = fe->scan->n_files;
		size_t culprit = round < MAX_ROUNDS ?
			xabi_isolate_open_header(idx, fe, job, u) : n;
		char *why = NULL;

		if (!excluded)
			excluded = xabi_xcalloc(n + 1, sizeof(char *));
		xabi_job_result_release(out);
		if (round == MAX_ROUNDS)
			why = xabi_xasprintf("more than %d headers leave a declaration "
					     "open at their end", MAX_ROUNDS);
		else if (culprit == n)
			why = xabi_xstrdup("a declaration is left open before the end of "
					   "the headers, and no header is to blame");
		else if (excluded[culprit]) /* yet it was read: the prelude includes it */
			why = xabi_xasprintf("%s leaves a declaration open at its end (an "
					     "unclosed '{', '(' or initializer), and the "
					     "profile's prelude includes it",
					     fe->scan->files[culprit].path);
		if (why) {
			out->state = xabi_xcalloc(n + 1, 1);
			out->message = xabi_xcalloc(n + 1, sizeof(char *));
			out->fatal = xabi_arena_strdup(&out->arena, why);
			free(why);
			break;
		}
		xabi_isolate_exclude(fe->scan, culprit, excluded);
		xabi_umbrella_release(&own);
		xabi_umbrella_build(&own, fe, job, (const char *const *)excluded);
		u = &own;
	}
	xabi_umbrella_release(&own);
	for (size_t i = 0; excluded && i < fe->scan->n_files; i++)
		free(excluded[i]);
	free(excluded);
}

void xabi_umbrella_release(struct xabi_umbrella *u)
{
	if (!u->header_at)
		return;
	xabi_map_free(u->probed);
	xabi_buf_release(&u->text);
	free(u->header_at);
	memset(u, 0, sizeof(*u));
}

void xabi_job_result_release(struct xabi_job_result *r)
{
	xabi_arena_release(&r->arena);
	free(r->facts.items);
	free(r->state);
	free(r->message);
	memset(r, 0, sizeof(*r));
}
