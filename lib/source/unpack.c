/* SPDX-License-Identifier: MIT */
/* Pieces shared by trees, git revisions and packages (see unpack.h). */
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

int xabi_source_unpack_entry(struct archive *a, const char *dir, const char *rel,
			     const char *what, struct xabi_ctx *ctx)
{
	char *path = xabi_xasprintf("%s/%s", dir, rel);
	int fd, err = 0;

	for (char *s = path + strlen(dir) + 1; (s = strchr(s, '/')); s++) {
		*s = '\0';
		mkdir(path, 0755);
		*s = '/';
	}
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0 || archive_read_data_into_fd(a, fd) != ARCHIVE_OK)
		err = XABI_ERROR(ctx, XABI_EIO, "%s: cannot unpack '%s': %s", what, rel,
				 fd < 0 ? strerror(errno) : archive_error_string(a));
	if (fd >= 0)
		close(fd);
	free(path);
	return err;
}
