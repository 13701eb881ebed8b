/* SPDX-License-Identifier: MIT */
/* Whole-file reads and atomic output (see file.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "cleanup.h"
#include "file.h"

int xabi_file_read(char **out, size_t *len, const char *path, size_t limit,
		   struct xabi_ctx *ctx)
{
	FILE *fp = fopen(path, "rb");
	struct stat st;
	char *data = NULL;
	size_t n = 0, cap = 0;
	int err = 0;

	*out = NULL;
	if (!fp)
		return XABI_ERROR(ctx, errno == ENOENT ? XABI_ENOTFOUND : XABI_EIO,
				  "cannot open '%s': %s", path, strerror(errno));
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		err = XABI_ERROR(ctx, XABI_EINVALID, "'%s' is a directory", path);
		goto out_close;
	}
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

int xabi_output_open(struct xabi_output *o, const char *path,
		     struct xabi_ctx *ctx)
{
	int fd;

	memset(o, 0, sizeof(*o));
	if (!path || !strcmp(path, "-")) {
		o->fp = stdout;
		return 0;
	}
	o->path = xabi_xstrdup(path);
	o->tmp = xabi_xasprintf("%s.tmp.XXXXXX", path);
	fd = mkstemp(o->tmp);
	if (fd < 0) {
		int err = XABI_ERROR(ctx, XABI_EIO, "cannot create '%s': %s",
				     path, strerror(errno));

		XABI_FREE(o->path);
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
		XABI_FREE(o->tmp);
		return err;
	}
	xabi_cleanup_add(o->tmp);
	return 0;
}

int xabi_output_commit(struct xabi_output *o, struct xabi_ctx *ctx)
{
	int err = 0;

	if (!o->fp)
		return 0;
	if (!o->path) {
		if (fflush(o->fp) != 0 || ferror(o->fp))
			err = XABI_ERROR(ctx, XABI_EIO,
					 "cannot write to standard output: %s",
					 strerror(errno));
		o->fp = NULL;
		return err;
	}
	if (fflush(o->fp) != 0 || ferror(o->fp) || fsync(fileno(o->fp)) != 0)
		err = XABI_ERROR(ctx, XABI_EIO, "cannot write '%s': %s", o->path,
				 strerror(errno));
	if (fclose(o->fp) != 0 && !err)
		err = XABI_ERROR(ctx, XABI_EIO, "cannot write '%s': %s", o->path,
				 strerror(errno));
	o->fp = NULL;
	if (!err && rename(o->tmp, o->path) != 0)
		err = XABI_ERROR(ctx, XABI_EIO, "cannot rename '%s' to '%s': %s",
				 o->tmp, o->path, strerror(errno));
	if (err)
		unlink(o->tmp);
	xabi_cleanup_forget(o->tmp);
	XABI_FREE(o->tmp);
	XABI_FREE(o->path);
	return err;
}

void xabi_output_abort(struct xabi_output *o)
{
	if (o->fp && o->path) {
		fclose(o->fp);
		unlink(o->tmp);
		xabi_cleanup_forget(o->tmp);
	}
	o->fp = NULL;
	XABI_FREE(o->tmp);
	XABI_FREE(o->path);
}
