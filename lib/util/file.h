/* SPDX-License-Identifier: MIT */
/* Reading whole files (atomic output is in xabi/output.h). */
#ifndef XABI_UTIL_FILE_H
#define XABI_UTIL_FILE_H

#include <stdio.h>

#include "xabi/error.h"
#include "xabi/output.h"

/*
 * Read all of `path` into a NUL-terminated buffer the caller frees. Only
 * a regular file is read (XABI_EINVALID for a directory, a device, a FIFO:
 * /dev/zero never ends, a FIFO may never open); one larger than `limit`
 * bytes (0: no limit) is refused with XABI_ELIMIT before it is read.
 */
int xabi_file_read(char **out, size_t *len, const char *path, size_t limit,
		   struct xabi_ctx *ctx);

#endif
