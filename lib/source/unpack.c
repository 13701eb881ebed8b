/* SPDX-License-Identifier: MIT */
/* Pieces shared by trees, git revisions and packages (see unpack.h). */
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "unpack.h"

bool xabi_source_is_header(const char *name)
{
	size_t n = strlen(name);

	return n > 2 && !strcmp(name + n - 2, ".h");
}

static int over_limit(const char *what, const char *rel, unsigned long long size,
		      const struct xabi_unpack_budget *budget, struct xabi_ctx *ctx)
{
	bool header = xabi_source_is_header(rel);
	unsigned long long limit = header ? budget->max_header : budget->max_file;

	if (size > limit)
		return XABI_ERROR(ctx, XABI_ELIMIT, "%s: '%s' unpacks to more than %llu MiB, "
				  "the limit for %s", what, rel, limit >> 20,
				  header ? "a header" : "a file");
	if (budget->used + size > budget->max_total)
		return XABI_ERROR(ctx, XABI_ELIMIT, "%s: with '%s', the files unpacked would "
				  "take more than %llu MiB in all", what, rel,
				  budget->max_total >> 20);
	return 0;
}

/* Copy the entry's data to fd, stopping at the first byte past a limit. */
static int copy_data(struct archive *a, int fd, const char *what, const char *rel,
		     struct xabi_unpack_budget *budget, struct xabi_ctx *ctx)
{
	char buf[65536];
	unsigned long long size = 0;
	la_ssize_t got;
	int err = 0;

	while (!err && (got = archive_read_data(a, buf, sizeof(buf))) > 0) {
		size += (unsigned long long)got;
		err = over_limit(what, rel, size, budget, ctx);
		for (la_ssize_t done = 0; !err && done < got;) {
			ssize_t n = write(fd, buf + done, (size_t)(got - done));

			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				err = XABI_ERROR(ctx, XABI_EIO, "%s: cannot unpack '%s': %s",
						 what, rel, strerror(errno));
			else
				done += n;
		}
	}
	if (!err && got < 0)
		err = XABI_ERROR(ctx, XABI_EIO, "%s: cannot unpack '%s': %s", what, rel,
				 archive_error_string(a));
	if (!err)
		budget->used += size;
	return err;
}

int xabi_source_unpack_entry(struct archive *a, struct archive_entry *e, const char *dir,
			     const char *rel, const char *what,
			     struct xabi_unpack_budget *budget, struct xabi_ctx *ctx)
{
	char *path;
	int fd, err = 0;

	/* What the entry says of its size, before a byte is written. */
	if (archive_entry_size_is_set(e) && archive_entry_size(e) > 0) {
		err = over_limit(what, rel, (unsigned long long)archive_entry_size(e),
				 budget, ctx);
		if (err)
			return err;
	}
	path = xabi_xasprintf("%s/%s", dir, rel);
	for (char *s = path + strlen(dir) + 1; (s = strchr(s, '/')); s++) {
		*s = '\0';
		mkdir(path, 0755);
		*s = '/';
	}
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0)
		err = XABI_ERROR(ctx, XABI_EIO, "%s: cannot unpack '%s': %s", what, rel,
				 strerror(errno));
	else
		err = copy_data(a, fd, what, rel, budget, ctx);
	if (fd >= 0)
		close(fd);
	if (err && fd >= 0)
		unlink(path);
	free(path);
	return err;
}
