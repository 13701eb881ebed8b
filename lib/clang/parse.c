/* SPDX-License-Identifier: MIT */
/*
 * One parse: write the umbrella for a job, run libclang on it, sort its
 * diagnostics into per-header states, and hand the translation unit to the
 * fact visitor.
 *
 * The umbrella is an in-memory file placed in the tree's root (so quoted
 * prelude entries resolve there): the prelude, one #include per header, then
 * one probe per object-like macro the headers define, guarded by #ifdef:
 *     static const __typeof__((NAME)) __xabi_probe_NAME = (NAME);
 * Probes of macros that are not integer constants fail to compile; those
 * errors sit in the umbrella after `probe_line` and are expected. Macros
 * that are integer literals wherever defined get no probe: the visitor
 * types them itself, knowing the width of long from one more variable.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/strvec.h"
#include "frontend.h"

#define UMBRELLA_NAME ".xabi-umbrella.c"
/* Headers left out of one parse for leaving a declaration open, at most. */
#define MAX_ROUNDS 32

/* Append one line; `header` is the scan index it includes, if any. */
static void put_line(struct xabi_umbrella *u, size_t header, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void put_line(struct xabi_umbrella *u, size_t header, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	xabi_buf_vprintf(&u->text, fmt, ap);
	va_end(ap);
	xabi_buf_putc(&u->text, '\n');
	u->header_at[++u->lines] = header;
}

struct macro_def {
	const char *name;
	bool is_literal;
	enum xabi_unprobed unprobed;
};

static int def_cmp(const void *a, const void *b)
{
	return strcmp(((const struct macro_def *)a)->name, ((const struct macro_def *)b)->name);
}

/* The names of the macros the files in `only` define (NULL: no filter). */
static struct xabi_map *only_defined(const struct xabi_scan *s, const bool *only)
{
	struct xabi_map *names;

	if (!only)
		return NULL;
	names = xabi_map_new(256);
	for (size_t i = 0; i < s->n_files; i++)
		for (size_t d = 0; only[i] && d < s->files[i].n_defines; d++)
			xabi_map_put(names, s->files[i].defines[d].name, (void *)1);
	return names;
}

/*
 * The macros defined by files of the job's probe closure that need a
 * probe (and that a file of its `only` defines), sorted:
 * all but the version macros (configuration, not facts), those that are
 * plain integer literals wherever they are defined and never #undef'd,
 * which the visitor types itself, and those the scan found too costly to
 * expand or no expression (xabi_scan_price_macros). The probed ones go
 * into `probed` too.
 */
static char **probe_names(const struct xabi_frontend *fe, const struct xabi_job *job,
			  struct xabi_map *probed, size_t *n)
{
	const bool *closure = job->probe_closure;
	struct xabi_map *wanted = only_defined(fe->scan, job->only);
	const struct xabi_scan *s = fe->scan;
	const char *version = fe->profile->version_macro;
	const char *latest = fe->profile->latest_macro;
	struct xabi_map *undefined = xabi_map_new(64);
	struct macro_def *defs = NULL;
	char **names = NULL;
	size_t count = 0, kept = 0;

	for (size_t i = 0; i < s->n_files; i++) {
		for (size_t d = 0; closure[i] && d < s->files[i].n_undefs; d++)
			xabi_map_put(undefined, s->files[i].undefs[d], (void *)1);
		for (size_t d = 0; closure[i] && d < s->files[i].n_defines; d++) {
			const struct xabi_scan_define *def = &s->files[i].defines[d];

			if ((version && !strcmp(def->name, version)) ||
			    (latest && !strcmp(def->name, latest)))
				continue;
			xabi_grow_one((void **)&defs, count, sizeof(*defs));
			defs[count++] = (struct macro_def){ def->name, def->is_literal,
							     def->unprobed };
		}
	}
	if (count)
		qsort(defs, count, sizeof(*defs), def_cmp);
	for (size_t i = 0, j; i < count; i = j) {
		bool probe = xabi_map_get(undefined, defs[i].name) != NULL, safe = true;

		for (j = i; j < count && !strcmp(defs[j].name, defs[i].name); j++) {
			probe |= !defs[j].is_literal;
			safe &= defs[j].unprobed == XABI_PROBED;
		}
		if (!probe || !safe || (wanted && !xabi_map_get(wanted, defs[i].name)))
			continue;
		xabi_grow_one((void **)&names, kept, sizeof(*names));
		names[kept++] = (char *)defs[i].name;
		xabi_map_put(probed, defs[i].name, (void *)1);
	}
	free(defs);
	xabi_map_free(undefined);
	xabi_map_free(wanted);
	*n = kept;
	return names;
}

void xabi_umbrella_build(struct xabi_umbrella *u, const struct xabi_frontend *fe,
			 const struct xabi_job *job, const char *const *excluded)
{
	const struct xabi_profile *p = fe->profile;
	struct xabi_map *probed = xabi_map_new(256);
	size_t n_probes;
	char **probes = probe_names(fe, job, probed, &n_probes);
	size_t none = fe->scan->n_files;

	memset(u, 0, sizeof(*u));
	u->probed = probed;
	u->header_at = xabi_xmalloc((job->n_headers + p->n_prelude + 3 * n_probes + 3) *
				    sizeof(size_t));
	u->header_at[0] = none;
	for (size_t i = 0; i < p->n_prelude; i++)
		put_line(u, none, "#include %s", p->prelude[i]);
	for (size_t i = 0; i < job->n_headers; i++)
		if (!excluded || !excluded[job->headers[i]])
			put_line(u, job->headers[i], "#include \"%s\"",
				 fe->scan->files[job->headers[i]].path);
	u->probe_line = u->lines + 1;
	/* The width of long, to type the literal macros. A struct, so that a
	 * header that ends in "struct s { int a; }", its ';' missing, fails
	 * at its end as it does when another header follows: "expected ';'
	 * after struct". */
	put_line(u, none, "struct " LONG_PROBE " { long l; } " LONG_PROBE ";");
	for (size_t i = 0; i < n_probes; i++) {
		const char *m = probes[i];

		/* Thousands of lines: concatenate rather than printf. */
		xabi_buf_cat(&u->text, "#ifdef ", m, "\nstatic const __typeof__((", m,
			     ")) __xabi_probe_", m, " = (", m, ");\n#endif\n", NULL);
		for (int l = 0; l < 3; l++)
			u->header_at[++u->lines] = none;
	}
	free(probes);
}

/* A hosted parse: the C library under the sysroot (where the arch has
 * one), and the side's own root, its multiarch folder and its pkg-config
 * folders before it on the <...> path, so that a package's <pkg/other.h>
 * and <asm/types.h> are its own, never the host's copy. */
static void put_hosted_args(const struct xabi_frontend *fe, const char *arch,
			    bool libc, struct xabi_strvec *args)
{
	const char *multiarch = xabi_profile_multiarch(fe->profile, arch);

	if (libc && fe->profile->sysroot)
		xabi_strvec_push_nodup(args, xabi_xasprintf("--sysroot=%s",
							    fe->profile->sysroot));
	xabi_strvec_push_nodup(args, xabi_xasprintf("-I%s", fe->tree->root));
	if (*multiarch)
		xabi_strvec_push_nodup(args, xabi_xasprintf("-I%s/%s", fe->tree->root,
							    multiarch));
	for (size_t i = 0; i < fe->tree->n_include_dirs; i++)
		xabi_strvec_push_nodup(args, xabi_xasprintf("-I%s/%s", fe->tree->root,
							    fe->tree->include_dirs[i]));
}

void xabi_frontend_args(const struct xabi_frontend *fe, const struct xabi_job *job,
			struct xabi_strvec *args)
{
	const struct xabi_corpus *c = fe->corpus;
	const char *target = c->space.arches[job->arch].target;
	char *defines = xabi_xstrdup(c->space.audiences[job->audience].defines), *save = NULL;
	bool libc = xabi_profile_has_libc(fe->profile, c->space.arches[job->arch].name);

	xabi_strvec_push(args, "-xc");
	xabi_strvec_push(args, "-std=gnu11");
	if (*target)
		xabi_strvec_push_nodup(args, xabi_xasprintf("--target=%s", target));
	if (!libc) {
		/* No C library: the builtin headers (stdint.h, stddef.h) are
		 * enough, and a host's /usr/include would not match a
		 * foreign target. */
		xabi_strvec_push(args, "-ffreestanding");
		xabi_strvec_push(args, "-nostdlibinc");
	}
	if (fe->profile->hosted)
		put_hosted_args(fe, c->space.arches[job->arch].name, libc, args);
	xabi_strvec_push(args, "-fno-spell-checking");
	xabi_strvec_push(args, "-ferror-limit=0");
	xabi_strvec_push(args, "-w");
	for (char *d = strtok_r(defines, " \t", &save); d; d = strtok_r(NULL, " \t", &save))
		xabi_strvec_push_nodup(args, xabi_xasprintf("-D%s", d));
	if (job->define_version)
		xabi_strvec_push_nodup(args, xabi_xasprintf("-D%s=0x%08llx", c->space.version_macro,
					     (unsigned long long)job->version));
	for (size_t i = 0; i < fe->profile->n_flags; i++)
		xabi_strvec_push(args, fe->profile->flags[i]);
	xabi_strvec_push(args, "-ivfsoverlay");
	xabi_strvec_push(args, fe->overlay);
	if (fe->alias_dir)
		xabi_strvec_push_nodup(args, xabi_xasprintf("-I%s", fe->alias_dir));
	free(defines);
}

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
