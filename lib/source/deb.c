/* SPDX-License-Identifier: MIT */
/*
 * Debian packages, read with libarchive: a .deb is an ar archive holding
 * debian-binary, control.tar.* (the control file with Package and Version)
 * and data.tar.* (the files). Only headers and libraries are unpacked, into
 * a temporary directory; entries that would land outside it are refused,
 * and what they unpack to is limited as it is written (unpack.h).
 */
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/cleanup.h"
#include "../util/file.h"
#include "unpack.h"
#include "xabi/source.h"

/* Members of the ar archive are read whole; a package bigger than this is
 * refused. The control file, read whole once unpacked, is a few lines. */
#define MAX_MEMBER (512u << 20)
#define MAX_CONTROL (1u << 20)

bool xabi_source_is_deb(const char *path)
{
	size_t n = strlen(path);

	return n > 4 && !strcmp(path + n - 4, ".deb");
}

static int read_member(struct archive *a, char **out, size_t *len, size_t limit,
		       const char *what, const char *member, struct xabi_ctx *ctx)
{
	size_t cap = 1 << 16, n = 0;
	char *data = xabi_xmalloc(cap);
	la_ssize_t got;

	while ((got = archive_read_data(a, data + n, cap - n)) > 0) {
		n += (size_t)got;
		if (n > limit) {
			free(data);
			return XABI_ERROR(ctx, XABI_ELIMIT, "%s: '%s' is larger than %zu MiB",
					  what, member, limit >> 20);
		}
		if (n == cap)
			data = xabi_xrealloc(data, cap *= 2);
	}
	if (got < 0) {
		free(data);
		return XABI_ERROR(ctx, XABI_EINVALID, "%s: %s", what, archive_error_string(a));
	}
	*out = data;
	*len = n;
	return 0;
}

/* "Package: x" and "Version: y" from the control file. */
static void parse_control(const char *text, size_t len, struct xabi_deb *deb)
{
	const char *p = text, *end = text + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);

		if (n > 9 && !strncmp(p, "Package: ", 9) && !deb->name)
			deb->name = xabi_xstrndup(p + 9, n - 9);
		else if (n > 9 && !strncmp(p, "Version: ", 9) && !deb->version)
			deb->version = xabi_xstrndup(p + 9, n - 9);
		p += n + 1;
	}
}

static bool wanted(const char *path)
{
	size_t n = strlen(path);
	const char *base = strrchr(path, '/');

	base = base ? base + 1 : path;
	if (!strncmp(path, "usr/include/", 12))
		return xabi_source_is_header(path);
	/* A pkg-config file says which folders consumers put on the
	 * include path (lib/source/pkgconfig.c). */
	if (n > 3 && !strcmp(path + n - 3, ".pc") && strstr(path, "/pkgconfig/"))
		return true;
	if (!strncmp(path, "usr/lib/", 8) || !strncmp(path, "lib/", 4))
		return strstr(base, ".so") || (n > 2 && !strcmp(path + n - 2, ".a"));
	return false;
}

/* The files of data.tar.*, or the control file of control.tar.*. */
static int read_tar(const char *data, size_t len, bool control, const char *dir,
		    struct xabi_deb *deb, struct xabi_unpack_budget *budget,
		    const char *what, struct xabi_ctx *ctx)
{
	struct archive *a = archive_read_new();
	struct archive_entry *e;
	int rc, err = 0;

	archive_read_support_filter_all(a);
	archive_read_support_format_tar(a);
	if (archive_read_open_memory(a, data, len) != ARCHIVE_OK) {
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s: %s", what, archive_error_string(a));
		goto out;
	}
	while (!err && (rc = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
		const char *path = archive_entry_pathname(e);

		while (path && path[0] == '.' && path[1] == '/')
			path += 2;
		if (!path || archive_entry_filetype(e) != AE_IFREG)
			continue;
		if (control) {
			if (!strcmp(path, "control")) {
				char *text;
				size_t n;

				err = read_member(a, &text, &n, MAX_CONTROL, what, path, ctx);
				if (!err)
					parse_control(text, n, deb);
				if (!err)
					free(text);
			}
			continue;
		}
		if (path[0] == '/' || strstr(path, "..") || !wanted(path))
			continue;
		err = xabi_source_unpack_entry(a, e, dir, path, what, budget, ctx);
		if (!err) {
			deb->files = xabi_xrealloc(deb->files, (deb->n_files + 1) * sizeof(char *));
			deb->files[deb->n_files++] = xabi_xstrdup(path);
		}
	}
	if (!err && rc != ARCHIVE_EOF)
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s: %s", what, archive_error_string(a));
out:
	archive_read_free(a);
	return err;
}

static int read_deb(const char *path, const char *dir, struct xabi_deb *deb,
		    struct xabi_unpack_budget *budget, struct xabi_ctx *ctx)
{
	struct archive *a = archive_read_new();
	struct archive_entry *e;
	bool binary = false, control = false, data = false;
	int rc, fd, err = xabi_file_open(&fd, path, ctx);

	if (err)
		goto out;
	archive_read_support_format_ar(a);
	if (archive_read_open_fd(a, fd, 65536) != ARCHIVE_OK) {
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s: not a Debian package: %s", path,
				 archive_error_string(a));
		goto out;
	}
	while (!err && (rc = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
		const char *name = archive_entry_pathname(e);
		char *member;
		size_t len;

		if (!name)
			continue;
		if (!strcmp(name, "debian-binary")) {
			binary = true;
			continue;
		}
		if (strncmp(name, "control.tar", 11) && strncmp(name, "data.tar", 8))
			continue;
		err = read_member(a, &member, &len, MAX_MEMBER, path, name, ctx);
		if (err)
			break;
		if (!strncmp(name, "control.tar", 11)) {
			control = true;
			err = read_tar(member, len, true, dir, deb, budget, path, ctx);
		} else {
			data = true;
			err = read_tar(member, len, false, dir, deb, budget, path, ctx);
		}
		free(member);
	}
	if (!err && rc != ARCHIVE_EOF)
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s: not a Debian package: %s", path,
				 archive_error_string(a));
	if (!err && (!binary || !control || !data))
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s: not a Debian package: no %s member",
				 path, !binary ? "debian-binary" : !control ? "control.tar" :
				 "data.tar");
	if (!err && (!deb->name || !deb->version))
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s: its control file names no %s", path,
				 !deb->name ? "Package" : "Version");
out:
	archive_read_free(a);
	if (fd >= 0)
		close(fd);
	return err;
}

int xabi_source_debs(char **out_dir, struct xabi_deb **out, const char *const *debs,
		     size_t n_debs, struct xabi_ctx *ctx)
{
	struct xabi_deb *pkgs;
	struct xabi_unpack_budget budget = XABI_UNPACK_BUDGET_INIT;
	char *dir;
	int err;

	*out_dir = NULL;
	*out = NULL;
	err = xabi_temp_dir(&dir, "xabi-deb", ctx);
	if (err)
		return err;
	pkgs = xabi_xcalloc(n_debs + 1, sizeof(*pkgs));
	for (size_t i = 0; !err && i < n_debs; i++)
		err = read_deb(debs[i], dir, &pkgs[i], &budget, ctx);
	if (err) {
		xabi_remove_tree(dir);
		free(dir);
		xabi_debs_free(pkgs, n_debs);
		return err;
	}
	*out_dir = dir;
	*out = pkgs;
	return 0;
}

void xabi_debs_free(struct xabi_deb *debs, size_t n)
{
	for (size_t i = 0; debs && i < n; i++) {
		free(debs[i].name);
		free(debs[i].version);
		for (size_t j = 0; j < debs[i].n_files; j++)
			free(debs[i].files[j]);
		free(debs[i].files);
	}
	free(debs);
}
