/* SPDX-License-Identifier: MIT */
/*
 * What a SOURCE is, decided in one place: a table of loaders, each saying
 * which sources it takes (loaders[], first match wins) and loading them.
 * The profile is loaded once per call and handed down.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "load/loading.h"
#include "util/alloc.h"
#include "util/order.h"
#include "xabi/dump.h"
#include "xabi/elf.h"

/* One call of xabi_load_source() or xabi_load_versions(). */
struct load {
	const char *source;
	const struct xabi_load_options *o;
	struct xabi_ctx *ctx;
	/* A source of headers is first a folder, `dir`, read with `profile`
	 * (loaded once): made for the call (and removed after it) when
	 * `temporary`, from the packages `pkgs` when there are any. */
	struct xabi_profile *profile;
	char *dir;
	struct xabi_tree *tree; /* the folder's headers; NULL when it has none */
	bool temporary;
	struct xabi_deb *pkgs;
	size_t n_pkgs;
};

/* A folder: its headers (if the profile finds any) and its libraries. */
static int load_directory(struct load *l, struct xabi_corpus **out)
{
	char **libs;
	size_t n_libs;
	int rc;

	xabi_source_find_libraries(l->dir, &libs, &n_libs);
	rc = xabi_tree_open(&l->tree, l->dir, l->profile, l->ctx);
	if (!rc)
		rc = xabi_load_headers(out, l->dir, l->source, l->tree, l->profile, l->o, l->ctx);
	else if (n_libs)
		rc = 0; /* libraries alone */
	if (!rc)
		rc = xabi_load_libraries(out, l->dir, libs, n_libs, l->o, l->ctx);
	for (size_t i = 0; i < n_libs; i++)
		free(libs[i]);
	free(libs);
	return rc;
}

/* Note each package and its files, headers named relative to the root. */
static void record_packages(struct xabi_corpus *c, const struct load *l)
{
	char real[4096];
	const char *root = NULL;
	size_t len = 0;

	if (l->tree && realpath(l->dir, real) && !strncmp(l->tree->root, real, strlen(real)) &&
	    l->tree->root[strlen(real)] == '/') {
		root = l->tree->root + strlen(real) + 1;
		len = strlen(root);
	}
	for (size_t i = 0; i < l->n_pkgs; i++) {
		const struct xabi_deb *pkg = &l->pkgs[i];
		const char **members = xabi_xcalloc(pkg->n_files + 1, sizeof(*members));

		for (size_t j = 0; j < pkg->n_files; j++) {
			const char *f = pkg->files[j];

			members[j] = root && !strncmp(f, root, len) && f[len] == '/' ? f + len + 1 : f;
		}
		xabi_corpus_add_package(c, pkg->name, pkg->version, members, pkg->n_files);
		free(members);
	}
}

/* The folder's corpus; from packages, the packages noted in it. */
static int load_folder(struct load *l, struct xabi_corpus **out)
{
	int rc = load_directory(l, out);

	if (!rc && l->pkgs && !*out)
		rc = XABI_ERROR(l->ctx, XABI_EINVALID, "%s: no headers and no libraries "
				"in the package%s", l->source, l->n_pkgs == 1 ? "" : "s");
	/* Members as facts name them: headers relative to the header root. */
	if (!rc && l->pkgs)
		record_packages(*out, l);
	return rc;
}

/* A directory that holds .deb files and nothing else: all of them, sorted.
 * Caller frees each and the array, whatever it returns. */
static bool deb_directory(const char *dir, char ***debs, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	bool only = true;

	*debs = NULL;
	*n = 0;
	while (d && (e = readdir(d)))
		if (e->d_name[0] != '.') {
			if (!xabi_source_is_deb(e->d_name)) {
				only = false;
				continue;
			}
			xabi_grow_one((void **)debs, *n, sizeof(char *));
			(*debs)[(*n)++] = xabi_xasprintf("%s/%s", dir, e->d_name);
		}
	if (d)
		closedir(d);
	if (*n)
		qsort(*debs, *n, sizeof(char *), xabi_order_strings);
	return only && *n;
}

/* .deb files unpacked into a new folder. */
static int unpack_debs(struct load *l, const char *const *debs, size_t n)
{
	int rc = xabi_source_debs(&l->dir, &l->pkgs, debs, n, l->ctx);

	l->n_pkgs = rc ? 0 : n;
	l->temporary = !rc;
	return rc;
}

/*
 * The loaders: a test on the source (and its stat; NULL for git:REV), and
 * either a way to make it a folder of headers (`unpack`, then it is loaded
 * as a folder) or a way to load it as it is (`load`).
 */

static bool is_git(const char *source, const struct stat *st)
{
	(void)st;
	return !strncmp(source, "git:", 4);
}

/* git:REV: the headers of a revision of the repository here. */
static int unpack_git(struct load *l)
{
	int rc = xabi_source_git(&l->dir, l->source + 4, l->profile, l->ctx);

	l->temporary = !rc;
	return rc;
}

static bool is_folder(const char *source, const struct stat *st)
{
	(void)source;
	return S_ISDIR(st->st_mode);
}

/* A folder of .deb files and nothing else is those packages. */
static int unpack_folder(struct load *l)
{
	char **debs;
	size_t n;
	int rc = 0;

	if (deb_directory(l->source, &debs, &n))
		rc = unpack_debs(l, (const char *const *)debs, n);
	else
		l->dir = xabi_xstrdup(l->source);
	for (size_t i = 0; i < n; i++)
		free(debs[i]);
	free(debs);
	return rc;
}

/* /dev/zero never ends and a FIFO may never open: what is neither a
 * folder nor a regular file is no source, whatever its name. */
static bool is_special(const char *source, const struct stat *st)
{
	(void)source;
	return !S_ISREG(st->st_mode);
}

static int refuse_special(struct load *l, struct xabi_corpus **out)
{
	(void)out;
	return XABI_ERROR(l->ctx, XABI_EINVALID, "'%s' is neither a directory nor a "
			  "regular file", l->source);
}

static bool is_deb(const char *source, const struct stat *st)
{
	(void)st;
	return xabi_source_is_deb(source);
}

static int unpack_deb(struct load *l)
{
	return unpack_debs(l, &l->source, 1);
}

static bool is_library(const char *source, const struct stat *st)
{
	(void)st;
	return xabi_elf_is_object(source);
}

static int load_library(struct load *l, struct xabi_corpus **out)
{
	return xabi_load_libraries(out, NULL, (char *const *)&l->source, 1, l->o,
					  l->ctx);
}

/* Else it is read as a dump: a header would be "not well-formed XML". */
static bool is_header(const char *source, const struct stat *st)
{
	size_t n = strlen(source);

	(void)st;
	return (n > 2 && !strcmp(source + n - 2, ".h")) ||
	       (n > 4 && !strcmp(source + n - 4, ".hpp"));
}

static int refuse_header(struct load *l, struct xabi_corpus **out)
{
	(void)out;
	return XABI_ERROR(l->ctx, XABI_EINVALID, "'%s' is a header; a source is the folder "
			  "that holds the headers (or a tree above it), git:REV, a .deb, a "
			  "library or an ABI dump", l->source);
}

static bool is_anything(const char *source, const struct stat *st)
{
	(void)source;
	(void)st;
	return true;
}

/* An ABI dump. The selection must name what it holds, as it must name
 * what a profile offers. */
static int load_dump(struct load *l, struct xabi_corpus **out)
{
	struct xabi_bitset *set = NULL;
	int rc = xabi_dump_read(out, l->source, &l->o->limits, l->ctx);

	if (!rc && xabi_space_select(&set, &(*out)->space, &l->o->selection, l->ctx)) {
		xabi_load_blame(l->ctx, l->source);
		rc = l->ctx->code = XABI_EUSAGE;
	}
	xabi_bitset_free(set);
	return rc;
}

static const struct loader {
	bool (*takes)(const char *source, const struct stat *st);
	int (*unpack)(struct load *l);
	int (*load)(struct load *l, struct xabi_corpus **out);
} loaders[] = {
	{ is_git, unpack_git, NULL },
	{ is_folder, unpack_folder, NULL },
	{ is_special, NULL, refuse_special },
	{ is_deb, unpack_deb, NULL },
	{ is_library, NULL, load_library },
	{ is_header, NULL, refuse_header },
	{ is_anything, NULL, load_dump },
};

/* The loader of SOURCE, or NULL with *err set when it cannot be stat'ed. */
static const struct loader *loader_of(const char *source, int *err)
{
	struct stat st;

	*err = 0;
	if (is_git(source, NULL))
		return &loaders[0];
	if (stat(source, &st) != 0) {
		*err = errno;
		return NULL;
	}
	for (size_t i = 0; i < sizeof(loaders) / sizeof(loaders[0]); i++)
		if (loaders[i].takes(source, &st))
			return &loaders[i];
	return NULL;
}

/* Start a call on SOURCE: its loader, and for a source of headers the
 * profile and the folder. Returns 0 or an error; l_done() either way. */
static int l_start(struct load *l, const struct loader **loader)
{
	int err;

	*loader = loader_of(l->source, &err);
	if (!*loader)
		return XABI_ERROR(l->ctx, err == ENOENT ? XABI_ENOTFOUND : XABI_EIO,
				  "cannot open '%s': %s", l->source, strerror(err));
	if (!(*loader)->unpack)
		return 0;
	if (xabi_load_profile(&l->profile, l->o, NULL, l->ctx))
		return l->ctx->code;
	return (*loader)->unpack(l);
}

static void l_done(struct load *l)
{
	if (l->temporary)
		xabi_remove_tree(l->dir);
	free(l->dir);
	xabi_tree_free(l->tree);
	xabi_debs_free(l->pkgs, l->n_pkgs);
	xabi_profile_free(l->profile);
}

int xabi_load_source(struct xabi_corpus **out, const char *source,
		     const struct xabi_load_options *o, struct xabi_ctx *ctx)
{
	struct load l = { .source = source, .o = o, .ctx = ctx };
	const struct loader *loader;
	int rc = l_start(&l, &loader);

	*out = NULL;
	if (!rc)
		rc = loader->unpack ? load_folder(&l, out) : loader->load(&l, out);
	l_done(&l);
	return rc;
}

char *xabi_load_clang_version(void)
{
	return xabi_extract_clang_version();
}

void xabi_load_preload(char *const *sources, size_t n)
{
	int err;

	for (size_t i = 0; i < n; i++) {
		const struct loader *loader = loader_of(sources[i], &err);

		if (loader && loader->unpack) {
			xabi_frontend_preload();
			return;
		}
	}
}

/* The partitions of a folder of headers, found by scanning them. */
static int tree_versions(struct xabi_versions *v, struct load *l)
{
	struct xabi_scan *scan = NULL;
	uint64_t *bounds = NULL;
	size_t n = 0;
	int rc = xabi_tree_open(&l->tree, l->dir, l->profile, l->ctx);

	if (!rc)
		rc = xabi_load_scan(&scan, l->source, l->tree, l->profile, l->o, l->ctx);
	if (!rc && !l->profile->version_macro)
		rc = XABI_ERROR(l->ctx, XABI_EINVALID, "profile '%s' names no interface-"
				"version macro (give one with --version-macro)", l->profile->name);
	if (!rc) {
		v->macro = xabi_xstrdup(l->profile->version_macro);
		if (scan->have_latest) {
			v->latest = scan->latest;
			v->latest_macro = xabi_xstrdup_or_null(l->profile->latest_macro);
			v->latest_file = xabi_xstrdup(scan->latest_file);
		}
		xabi_scan_partitions(scan, NULL, &bounds, &n);
		v->rows = xabi_xcalloc(n + 1, sizeof(*v->rows));
	}
	for (size_t i = 0; !rc && i < n; i++, v->n++) {
		struct xabi_versions_row *row = &v->rows[i];

		row->from = bounds[i];
		for (size_t f = 0; f < scan->n_files; f++)
			for (size_t t = 0; t < scan->files[f].n_thresholds; t++)
				if (scan->files[f].thresholds[t].value == bounds[i]) {
					xabi_grow_one((void **)&row->headers, row->n_headers,
						      sizeof(char *));
					row->headers[row->n_headers++] =
						xabi_xstrdup(scan->files[f].path);
					break;
				}
	}
	free(bounds);
	xabi_scan_free(scan);
	return rc;
}

/* The partitions a dump records; which headers made them it does not. */
static int dump_versions(struct xabi_versions *v, struct load *l,
			 const struct loader *loader)
{
	struct xabi_corpus *c = NULL;
	int rc = loader->load(l, &c);

	if (!rc && !c->space.version_macro)
		rc = XABI_ERROR(l->ctx, XABI_EINVALID, "'%s' has no interface versions",
				l->source);
	if (!rc) {
		v->from_dump = true;
		v->macro = xabi_xstrdup(c->space.version_macro);
		if (c->space.latest_macro) {
			v->latest = c->space.latest;
			v->latest_macro = xabi_xstrdup(c->space.latest_macro);
		}
		v->rows = xabi_xcalloc(c->space.n_partitions + 1, sizeof(*v->rows));
		for (v->n = 0; v->n < c->space.n_partitions; v->n++)
			v->rows[v->n].from = c->space.partitions[v->n].lo;
	}
	xabi_corpus_free(c);
	return rc;
}

int xabi_load_versions(struct xabi_versions **out, const char *source,
			 const struct xabi_load_options *o, struct xabi_ctx *ctx)
{
	struct load l = { .source = source, .o = o, .ctx = ctx };
	const struct loader *loader;
	int rc = l_start(&l, &loader);

	*out = xabi_xcalloc(1, sizeof(**out));
	if (!rc)
		rc = loader->unpack ? tree_versions(*out, &l) : dump_versions(*out, &l, loader);
	l_done(&l);
	if (rc) {
		xabi_versions_free(*out);
		*out = NULL;
	}
	return rc;
}

void xabi_versions_free(struct xabi_versions *v)
{
	if (!v)
		return;
	for (size_t i = 0; i < v->n; i++) {
		for (size_t j = 0; j < v->rows[i].n_headers; j++)
			free(v->rows[i].headers[j]);
		free(v->rows[i].headers);
	}
	free(v->rows);
	free(v->macro);
	free(v->latest_macro);
	free(v->latest_file);
	free(v);
}
