/* SPDX-License-Identifier: MIT */
/* Reading whole files (atomic output is in xabi/output.h). */
#ifndef XABI_UTIL_FILE_H
#define XABI_UTIL_FILE_H

#include <stdbool.h>
#include <stdio.h>

#include "xabi/error.h"
#include "xabi/output.h"

/*
 * Open `path` for reading, if it is a regular file, into *out (a file
 * descriptor the caller closes). Never blocks: a FIFO, a device or a
 * socket is refused, not opened for good, since reading one may never end.
 * Errors: XABI_ENOTFOUND, XABI_EIO, XABI_EINVALID (not a regular file).
 */
int xabi_file_open(int *out, const char *path, struct xabi_ctx *ctx);

/* Whether `path` is a regular file (after symbolic links). */
bool xabi_file_is_regular(const char *path);

/*
 * Read all of `path` into a NUL-terminated buffer the caller frees. Only
 * a regular file is read (XABI_EINVALID for a directory, a device, a FIFO:
 * /dev/zero never ends, a FIFO may never open); one larger than `limit`
 * bytes (0: no limit) is refused with XABI_ELIMIT before it is read.
 */
int xabi_file_read(char **out, size_t *len, const char *path, size_t limit,
		   struct xabi_ctx *ctx);

#endif
