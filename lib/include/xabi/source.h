/* SPDX-License-Identifier: MIT */
/*
 * Header trees on disk: finding the root of the headers under what the user
 * gave (a Xen source tree, xen/include/public, an installed prefix) and
 * listing the headers in it.
 *
 * Ownership: xabi_tree_open() returns a tree freed by xabi_tree_free().
 */
#ifndef XABI_SOURCE_H
#define XABI_SOURCE_H

#include <stddef.h>

#include "xabi/error.h"
#include "xabi/profile.h"

struct xabi_tree {
	char *given;     /* the path as the user gave it */
	char *root;      /* absolute path of the header root */
	size_t n_headers;
	char **headers;  /* paths relative to root, sorted, '/'-separated */
};

/*
 * Find the header root under `dir` as the profile's layouts describe, and
 * list every .h file below it. Symbolic links to files are followed, links
 * to directories are not (no loops).
 * Errors: XABI_ENOTFOUND (no such directory, or no headers where the
 * profile expects them: the message lists where it looked), XABI_EIO.
 */
int xabi_tree_open(struct xabi_tree **out, const char *dir,
		   const struct xabi_profile *profile, struct xabi_ctx *ctx);
void xabi_tree_free(struct xabi_tree *t);

/* The absolute path of header `rel`; caller frees. */
char *xabi_tree_path(const struct xabi_tree *t, const char *rel);

/*
 * Write the headers of revision `rev` of the git repository in the current
 * directory into a new temporary directory (`git archive`, no checkout is
 * touched), and return that directory in *out. Only the profile's header
 * root is archived when one of its layouts is found at `rev`. Remove the
 * directory with xabi_remove_tree(). Errors: XABI_ENOTFOUND (not a
 * repository, unknown revision), XABI_EIO.
 */
int xabi_source_git(char **out, const char *rev, const struct xabi_profile *profile,
		    struct xabi_ctx *ctx);

/* Remove a directory tree (a temporary one made by xabi). */
void xabi_remove_tree(const char *dir);

#endif
