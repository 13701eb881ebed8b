/* SPDX-License-Identifier: MIT */
/* Finding a header root and listing its headers (see xabi/source.h). */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/file.h"
#include "../util/order.h"
#include "unpack.h"
#include "xabi/source.h"

/* Headers deeper than this are not looked for: real trees are shallow. */
#define MAX_DEPTH 16

static bool is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The first layout under dir that holds the marker (or exists, without). */
static char *find_root(const char *dir, const struct xabi_profile *p, const char **layout)
{
	for (size_t i = 0; i < p->n_layouts; i++) {
		char *cand = strcmp(p->layouts[i], ".") ?
			xabi_xasprintf("%s/%s", dir, p->layouts[i]) :
			xabi_xstrdup(dir);
		char *marker = p->root_marker ?
			xabi_xasprintf("%s/%s", cand, p->root_marker) : NULL;
		bool found = marker ? xabi_file_is_regular(marker) : is_dir(cand);

		free(marker);
		if (found) {
			*layout = p->layouts[i];
			return cand;
		}
		free(cand);
	}
	return NULL;
}

static void skip(struct xabi_tree *t, char *rel, char *why)
{
	xabi_grow_one((void **)&t->skipped, t->n_skipped, sizeof(*t->skipped));
	t->skipped[t->n_skipped++] = (struct xabi_tree_skip){ rel, why };
}

/* An #include "..." cannot spell a quote, nor a line break (messages
 * show other control characters escaped). */
static bool name_is_includable(const char *rel)
{
	return !strpbrk(rel, "\"\n\r");
}

static const char *special_file(mode_t mode)
{
	return S_ISFIFO(mode) ? "a FIFO" : S_ISCHR(mode) ? "a character device" :
	       S_ISBLK(mode) ? "a block device" : S_ISSOCK(mode) ? "a socket" :
	       "a special file";
}

/*
 * Whether the header `rel` (lstat gave `st`) is listed: a regular file, or
 * a link to one inside the root. Why not, in *why, when it is worth
 * saying: links that lead nowhere (dangling, loops) say nothing.
 */
static bool header_is_readable(const struct xabi_tree *t, const char *rel,
			       const char *path, const struct stat *st, char **why)
{
	char real[PATH_MAX];
	size_t n = strlen(t->root);
	struct stat target;

	*why = NULL;
	if (!name_is_includable(rel)) {
		*why = xabi_xstrdup("its name holds a quote or a line break, which an "
				    "#include cannot spell; not read");
		return false;
	}
	if (S_ISREG(st->st_mode))
		return true;
	if (!S_ISLNK(st->st_mode)) {
		*why = xabi_xasprintf("%s, not a regular file; not read",
				      special_file(st->st_mode));
		return false;
	}
	if (!realpath(path, real) || stat(real, &target) != 0)
		return false;
	if (strncmp(real, t->root, n) || real[n] != '/') {
		*why = xabi_xasprintf("a symbolic link to '%s', outside the tree; not read",
				      real);
		return false;
	}
	if (!S_ISREG(target.st_mode)) {
		*why = xabi_xasprintf("a symbolic link to %s, not a regular file; not read",
				      special_file(target.st_mode));
		return false;
	}
	return true;
}

/* A folder that cannot be read is an error: skipping it would lose its
 * headers without a word, and a diff would call them removed. */
static int list_headers(struct xabi_tree *t, const char *rel, int depth,
			struct xabi_ctx *ctx)
{
	char *abs = *rel ? xabi_xasprintf("%s/%s", t->root, rel) :
		xabi_xstrdup(t->root);
	struct dirent *e;
	int err = 0;
	DIR *d;

	if (depth > MAX_DEPTH)
		goto out;
	d = opendir(abs);
	if (!d) {
		err = XABI_ERROR(ctx, XABI_EIO, "cannot read the folder '%s': %s", abs,
				 strerror(errno));
		goto out;
	}
	while (!err && (e = readdir(d))) {
		char *sub, *path, *why;
		struct stat st;
		bool there;

		if (e->d_name[0] == '.')
			continue;
		sub = *rel ? xabi_xasprintf("%s/%s", rel, e->d_name) :
			xabi_xstrdup(e->d_name);
		path = xabi_xasprintf("%s/%s", t->root, sub);
		there = lstat(path, &st) == 0;
		if (there && S_ISDIR(st.st_mode)) {
			err = list_headers(t, sub, depth + 1, ctx);
		} else if (there && xabi_source_is_header(e->d_name)) {
			if (header_is_readable(t, sub, path, &st, &why)) {
				xabi_grow_one((void **)&t->headers, t->n_headers,
					      sizeof(*t->headers));
				t->headers[t->n_headers++] = sub;
				sub = NULL;
			} else if (why) {
				skip(t, sub, why);
				sub = NULL;
			}
		}
		free(sub);
		free(path);
	}
	closedir(d);
out:
	free(abs);
	return err;
}

int xabi_tree_open(struct xabi_tree **out, const char *dir,
		   const struct xabi_profile *profile, struct xabi_ctx *ctx)
{
	struct xabi_tree *t;
	char *root, real[PATH_MAX];
	const char *layout = ".";
	struct stat st;
	int err;

	*out = NULL;
	if (stat(dir, &st) != 0)
		return XABI_ERROR(ctx, XABI_ENOTFOUND, "cannot open '%s': %s", dir,
				  strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return XABI_ERROR(ctx, XABI_EINVALID, "'%s' is not a directory", dir);
	/* Else an unreadable folder would read as one without headers. */
	if (access(dir, R_OK | X_OK) != 0)
		return XABI_ERROR(ctx, XABI_EIO, "cannot read the folder '%s': %s", dir,
				  strerror(errno));
	root = find_root(dir, profile, &layout);
	if (!root) {
		struct xabi_buf where = XABI_BUF_INIT;

		for (size_t i = 0; i < profile->n_layouts; i++)
			xabi_buf_printf(&where, "%s%s", i ? ", " : "",
					profile->layouts[i]);
		err = XABI_ERROR(ctx, XABI_ENOTFOUND,
				 "no %s headers under '%s' (looked for %s in: %s)",
				 profile->name, dir,
				 profile->root_marker ? profile->root_marker : "a folder",
				 xabi_buf_cstr(&where));
		xabi_buf_release(&where);
		return err;
	}
	if (!realpath(root, real)) {
		err = XABI_ERROR(ctx, XABI_EIO, "cannot resolve '%s': %s", root,
				 strerror(errno));
		free(root);
		return err;
	}
	free(root);
	t = xabi_xcalloc(1, sizeof(*t));
	t->given = xabi_xstrdup(dir);
	t->root = xabi_xstrdup(real);
	t->layout = xabi_xstrdup(layout);
	err = list_headers(t, "", 0, ctx);
	if (err) {
		xabi_tree_free(t);
		return err;
	}
	if (!t->n_headers) {
		err = XABI_ERROR(ctx, XABI_ENOTFOUND, "no headers (*.h) under '%s'",
				 t->root);
		xabi_tree_free(t);
		return err;
	}
	qsort(t->headers, t->n_headers, sizeof(*t->headers), xabi_order_strings);
	if (profile->hosted)
		xabi_tree_read_pkgconfig(t);
	if (t->n_skipped) /* by path, their first member */
		qsort(t->skipped, t->n_skipped, sizeof(*t->skipped), xabi_order_strings);
	*out = t;
	return 0;
}

void xabi_tree_free(struct xabi_tree *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n_headers; i++)
		free(t->headers[i]);
	free(t->headers);
	for (size_t i = 0; i < t->n_skipped; i++) {
		free(t->skipped[i].path);
		free(t->skipped[i].why);
	}
	free(t->skipped);
	for (size_t i = 0; i < t->n_include_dirs; i++)
		free(t->include_dirs[i]);
	free(t->include_dirs);
	free(t->given);
	free(t->root);
	free(t->layout);
	free(t);
}

char *xabi_tree_path(const struct xabi_tree *t, const char *rel)
{
	return xabi_xasprintf("%s/%s", t->root, rel);
}
