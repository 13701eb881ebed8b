/* SPDX-License-Identifier: MIT */
/*
 * Pieces shared by the sources that list or unpack files: trees, git
 * revisions (a tar stream from git archive) and .deb packages; and what
 * tree.c takes from pkgconfig.c.
 */
#ifndef XABI_SOURCE_UNPACK_H
#define XABI_SOURCE_UNPACK_H

#include <archive.h>
#include <stdbool.h>

#include "xabi/error.h"
#include "xabi/source.h"

/* Does the name end in ".h" (and is more than that)? */
bool xabi_source_is_header(const char *name);

/* Fill t->include_dirs from the pkg-config files beside the root
 * (lib*\/pkgconfig, share/pkgconfig, under `given` and given/usr):
 * pkgconfig.c, for a hosted profile's tree. */
void xabi_tree_read_pkgconfig(struct xabi_tree *t);

/*
 * What one source (a git revision, the packages of one run) may write into
 * its temporary directory, counted as the data is written: a small
 * compressed archive must not fill TMPDIR before any later limit applies.
 * By default a header may have XABI_MAX_HEADER_BYTES, any other file (a
 * library) 512 MiB, all of them together 1 GiB.
 */
struct xabi_unpack_budget {
	unsigned long long max_header, max_file, max_total;
	unsigned long long used; /* bytes written so far */
};

#define XABI_UNPACK_BUDGET_INIT { XABI_MAX_HEADER_BYTES, 512ull << 20, 1ull << 30, 0 }

/*
 * Write the data of the archive's current entry `e` to DIR/REL, making the
 * folders on the way; never through a symbolic link planted at REL. The
 * caller has checked that REL stays inside DIR. Errors (XABI_EIO, and
 * XABI_ELIMIT past the budget, leaving no partial file) start with
 * `what`, the archive's name, and name REL, never the temporary path.
 */
int xabi_source_unpack_entry(struct archive *a, struct archive_entry *e, const char *dir,
			     const char *rel, const char *what,
			     struct xabi_unpack_budget *budget, struct xabi_ctx *ctx);

#endif
