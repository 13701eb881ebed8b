/* SPDX-License-Identifier: MIT */
/* Whole-file reads and atomic output (see file.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "cleanup.h"
#include "file.h"

/* Open `path` for reading only if it is a regular file of at most `limit`
 * bytes (0: any). O_NONBLOCK: opening a FIFO must not wait for a writer. */
static int open_limited(int *out, const char *path, size_t limit, struct xabi_ctx *ctx)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	struct stat st;
	int err = 0;

	*out = -1;
	if (fd < 0)
		return XABI_ERROR(ctx, errno == ENOENT ? XABI_ENOTFOUND : XABI_EIO,
				  "cannot open '%s': %s", path, strerror(errno));
	if (fstat(fd, &st) != 0)
		err = XABI_ERROR(ctx, XABI_EIO, "cannot read '%s': %s", path, strerror(errno));
	else if (S_ISDIR(st.st_mode))
		err = XABI_ERROR(ctx, XABI_EINVALID, "'%s' is a directory", path);
	else if (!S_ISREG(st.st_mode))
		err = XABI_ERROR(ctx, XABI_EINVALID, "'%s' is not a regular file", path);
	else if (limit && (unsigned long long)st.st_size > limit)
		err = XABI_ERROR(ctx, XABI_ELIMIT, "'%s' is larger than the limit of %zu bytes",
				 path, limit);
	else if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0)
		err = XABI_ERROR(ctx, XABI_EIO, "cannot read '%s': %s", path, strerror(errno));
	if (err)
		close(fd);
	else
		*out = fd;
	return err;
}

int xabi_file_open(int *out, const char *path, struct xabi_ctx *ctx)
{
	return open_limited(out, path, 0, ctx);
}

bool xabi_file_is_regular(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int open_regular(FILE **out, const char *path, size_t limit, struct xabi_ctx *ctx)
{
	int fd, err = open_limited(&fd, path, limit, ctx);

	*out = NULL;
	if (!err && !(*out = fdopen(fd, "rb"))) {
		err = XABI_ERROR(ctx, XABI_EIO, "cannot read '%s': %s", path, strerror(errno));
		close(fd);
	}
	return err;
}

int xabi_file_read(char **out, size_t *len, const char *path, size_t limit,
		   struct xabi_ctx *ctx)
{
	FILE *fp;
	char *data = NULL;
	size_t n = 0, cap = 0;
	int err = open_regular(&fp, path, limit, ctx);

	*out = NULL;
	if (err)
		return err;
	/* The size may grow while it is read: the limit holds all the same. */
	for (;;) {
		size_t got;

		if (cap - n < 65536) {
			cap = cap ? cap * 2 : 65536;
			data = xabi_xrealloc(data, cap + 1);
		}
		got = fread(data + n, 1, cap - n, fp);
		n += got;
		if (limit && n > limit) {
			err = XABI_ERROR(ctx, XABI_ELIMIT,
					 "'%s' is larger than the limit of %zu bytes",
					 path, limit);
			goto out_close;
		}
		if (got == 0)
			break;
	}
	if (ferror(fp)) {
		err = XABI_ERROR(ctx, XABI_EIO, "cannot read '%s': %s", path,
				 strerror(errno));
		goto out_close;
	}
	data[n] = '\0';
	*out = data;
	data = NULL;
	if (len)
		*len = n;
out_close:
	free(data);
	fclose(fp);
	return err;
}

/* Whether `st` is the file behind descriptor `fd`. */
static bool same_file(const struct stat *st, int fd)
{
	struct stat fst;

	return fstat(fd, &fst) == 0 && fst.st_dev == st->st_dev &&
	       fst.st_ino == st->st_ino;
}

/* Write through a device, a FIFO or a socket: it is no file to replace. */
static int open_through(struct xabi_output *o, struct xabi_ctx *ctx)
{
	int fd = open(o->path, O_WRONLY | O_NOCTTY | O_CLOEXEC);

	if (fd < 0 || !(o->fp = fdopen(fd, "w"))) {
		int err = XABI_ERROR(ctx, XABI_EIO, "cannot write '%s': %s", o->path,
				     strerror(errno));

		if (fd >= 0)
			close(fd);
		XABI_FREE(o->path);
		return err;
	}
	return 0;
}

/* A temporary file beside `target`, renamed over it on commit. */
static int open_atomic(struct xabi_output *o, const char *target,
		       struct xabi_ctx *ctx)
{
	int fd;

	o->target = xabi_xstrdup(target);
	o->tmp = xabi_xasprintf("%s.tmp.XXXXXX", target);
	fd = mkstemp(o->tmp);
	if (fd < 0) {
		int err = XABI_ERROR(ctx, XABI_EIO, "cannot create '%s': %s",
				     o->path, strerror(errno));

		XABI_FREE(o->path);
		XABI_FREE(o->target);
		XABI_FREE(o->tmp);
		return err;
	}
	/* mkstemp makes 0600; an output file should get the usual mode. */
	{
		mode_t mask = umask(0);

		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	o->fp = fdopen(fd, "w");
	if (!o->fp) {
		int err = XABI_ERROR(ctx, XABI_EIO, "cannot write '%s': %s", o->tmp,
				     strerror(errno));

		close(fd);
		unlink(o->tmp);
		XABI_FREE(o->path);
		XABI_FREE(o->target);
		XABI_FREE(o->tmp);
		return err;
	}
	xabi_cleanup_add(o->tmp);
	return 0;
}

/* A symbolic link to a regular file: replace the file it names, so the
 * link stays and points at the new output. */
static int open_link_target(struct xabi_output *o, struct xabi_ctx *ctx)
{
	char *target = realpath(o->path, NULL);
	int err;

	if (!target) {
		err = XABI_ERROR(ctx, XABI_EIO, "cannot resolve '%s': %s", o->path,
				 strerror(errno));
		XABI_FREE(o->path);
		return err;
	}
	err = open_atomic(o, target, ctx);
	free(target);
	return err;
}

int xabi_output_open(struct xabi_output *o, const char *path,
		     struct xabi_ctx *ctx)
{
	struct stat st, lst;

	memset(o, 0, sizeof(*o));
	if (!path || !strcmp(path, "-")) {
		o->fp = stdout;
		return 0;
	}
	o->path = xabi_xstrdup(path);
	if (stat(path, &st) != 0) {
		int saved = errno;

		if (saved == ENOENT && lstat(path, &lst) == 0) {
			XABI_FREE(o->path);
			return XABI_ERROR(ctx, XABI_EIO, "cannot write '%s': a symbolic "
					  "link to a missing file", path);
		}
		if (saved == ENOENT)
			return open_atomic(o, path, ctx);
		XABI_FREE(o->path);
		return XABI_ERROR(ctx, XABI_EIO, "cannot write '%s': %s", path,
				  strerror(saved));
	}
	/* /dev/stdout, or a file standard output already goes to: write
	 * there, so a pipe, a terminal or `>>` gets it as it would "-". */
	if (same_file(&st, STDOUT_FILENO) || same_file(&st, STDERR_FILENO)) {
		o->fp = same_file(&st, STDOUT_FILENO) ? stdout : stderr;
		return 0;
	}
	if (!S_ISREG(st.st_mode))
		return open_through(o, ctx);
	if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
		return open_link_target(o, ctx);
	return open_atomic(o, path, ctx);
}

/* Flush a stream that is not ours to close (standard output or error). */
static int commit_borrowed(struct xabi_output *o, struct xabi_ctx *ctx)
{
	int err = 0;

	if (fflush(o->fp) != 0 || ferror(o->fp))
		err = o->path ? XABI_ERROR(ctx, XABI_EIO, "cannot write '%s': %s",
					   o->path, strerror(errno)) :
				XABI_ERROR(ctx, XABI_EIO,
					   "cannot write to standard output: %s",
					   strerror(errno));
	o->fp = NULL;
	XABI_FREE(o->path);
	return err;
}

int xabi_output_commit(struct xabi_output *o, struct xabi_ctx *ctx)
{
	int err = 0;

	if (!o->fp)
		return 0;
	if (o->fp == stdout || o->fp == stderr)
		return commit_borrowed(o, ctx);
	/* A device or FIFO written through has nothing to sync or rename. */
	if (fflush(o->fp) != 0 || ferror(o->fp) ||
	    (o->tmp && fsync(fileno(o->fp)) != 0))
		err = XABI_ERROR(ctx, XABI_EIO, "cannot write '%s': %s", o->path,
				 strerror(errno));
	if (fclose(o->fp) != 0 && !err)
		err = XABI_ERROR(ctx, XABI_EIO, "cannot write '%s': %s", o->path,
				 strerror(errno));
	o->fp = NULL;
	if (o->tmp) {
		if (!err && rename(o->tmp, o->target) != 0)
			err = XABI_ERROR(ctx, XABI_EIO, "cannot rename '%s' to '%s': %s",
					 o->tmp, o->target, strerror(errno));
		if (err)
			unlink(o->tmp);
		xabi_cleanup_forget(o->tmp);
	}
	XABI_FREE(o->tmp);
	XABI_FREE(o->target);
	XABI_FREE(o->path);
	return err;
}

void xabi_output_abort(struct xabi_output *o)
{
	if (o->fp && o->fp != stdout && o->fp != stderr) {
		fclose(o->fp);
		if (o->tmp) {
			unlink(o->tmp);
			xabi_cleanup_forget(o->tmp);
		}
	}
	o->fp = NULL;
	XABI_FREE(o->tmp);
	XABI_FREE(o->target);
	XABI_FREE(o->path);
}
