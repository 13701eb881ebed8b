/* SPDX-License-Identifier: MIT */
/* Reading whole files (atomic output is in xabi/output.h). */
#ifndef XABI_UTIL_FILE_H
#define XABI_UTIL_FILE_H

#include <stdio.h>

#include "xabi/error.h"
#include "xabi/output.h"

/*
 * Read all of `path` into a NUL-terminated buffer the caller frees.
 * Refuses files larger than `limit` bytes (0: no limit) with XABI_ELIMIT.
 */
int xabi_file_read(char **out, size_t *len, const char *path, size_t limit,
		   struct xabi_ctx *ctx);

#endif
