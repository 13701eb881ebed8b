/* SPDX-License-Identifier: MIT */
/*
 * Pieces shared by the sources that list or unpack files: trees, git
 * revisions (a tar stream from git archive) and .deb packages.
 */
#ifndef XABI_SOURCE_UNPACK_H
#define XABI_SOURCE_UNPACK_H

#include <archive.h>
#include <stdbool.h>

#include "xabi/error.h"

/* Does the name end in ".h" (and is more than that)? */
bool xabi_source_is_header(const char *name);

/*
 * Write the data of the archive's current entry to DIR/REL, making the
 * folders on the way; never through a symbolic link planted at REL. The
 * caller has checked that REL stays inside DIR. Errors (XABI_EIO) start
 * with `what`, the archive's name.
 */
int xabi_source_unpack_entry(struct archive *a, const char *dir, const char *rel,
			     const char *what, struct xabi_ctx *ctx);

#endif
