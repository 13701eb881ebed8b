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

#include <stdbool.h>
#include <stddef.h>

#include "xabi/error.h"
#include "xabi/profile.h"

/* The largest header a source may bring, whether a tree, a revision or a
 * package: a larger one is refused, not read. */
#define XABI_MAX_HEADER_BYTES (64u << 20)

/* A header that was found but not listed, and why (a sentence). */
struct xabi_tree_skip {
	char *path, *why;
};

struct xabi_tree {
	char *given;     /* the path as the user gave it */
	char *root;      /* absolute path of the header root */
	char *layout;    /* the root relative to `given` ("xen/include/public"; "." ) */
	size_t n_headers;
	char **headers;  /* paths relative to root, sorted, '/'-separated */
	size_t n_skipped;
	struct xabi_tree_skip *skipped; /* sorted by path */
	/* Folders under the root that the package's pkg-config files put on
	 * the include path ("libxml2"), for a hosted profile; else none. */
	size_t n_include_dirs;
	char **include_dirs;
};

/*
 * Find the header root under `dir` as the profile's layouts describe, and
 * list every .h file below it. Nothing outside the root is read: symbolic
 * links to files are followed only when they lead to a regular file inside
 * the root, links to directories are not (no loops). Headers that are
 * links leading out of the root, that are not regular files, or whose
 * names an #include cannot spell (a quote, a line break) are not listed
 * but noted in `skipped`; links that lead nowhere are ignored.
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
 * directory with xabi_remove_tree(). Errors: XABI_EIO when git fails
 * (not a repository, unknown revision: the message carries git's own
 * reason, or the signal that ended it) or the stream cannot be unpacked,
 * XABI_ENOTFOUND when git cannot run.
 */
int xabi_source_git(char **out, const char *rev, const struct xabi_profile *profile,
		    struct xabi_ctx *ctx);

/* A Debian package that was unpacked, and the files it brought. */
struct xabi_deb {
	char *name, *version;
	size_t n_files;
	char **files;      /* paths relative to the unpack directory */
};

/*
 * Unpack the headers (usr/include/ **.h) and libraries (usr/lib/ **.so*,
 * *.a) of the given .deb files into one new temporary directory, returned
 * in *out_dir, with each package's name, version and files (read with
 * libarchive: no dpkg, nothing written outside the directory). Remove the
 * directory with xabi_remove_tree() and free the packages with
 * xabi_debs_free(). Errors: XABI_ENOTFOUND, XABI_EIO, XABI_EINVALID ("X.deb:
 * not a Debian package: reason", a missing member).
 */
int xabi_source_debs(char **out_dir, struct xabi_deb **out, const char *const *debs,
		     size_t n_debs, struct xabi_ctx *ctx);
void xabi_debs_free(struct xabi_deb *debs, size_t n);

/* Whether `path` names a .deb file. */
bool xabi_source_is_deb(const char *path);

/*
 * The libraries under a directory: regular files in lib*\/ and usr/lib*\/
 * (recursively) named *.so, *.so.* or *.a that start like ELF objects or
 * archives; paths relative to `dir`, sorted. Caller frees each and the array.
 */
void xabi_source_find_libraries(const char *dir, char ***out, size_t *n);

/*
 * The tags of the git repository in the current directory that match the
 * glob `pattern` (git tag -l), oldest version first. Caller frees each and
 * the array. Errors: XABI_EIO (git failed, e.g. not a repository: the
 * message carries git's reason), XABI_ENOTFOUND (git cannot run).
 */
int xabi_git_tags(char ***out, size_t *n, const char *pattern, struct xabi_ctx *ctx);

/*
 * Whether revision `rev` of the repository in the current directory holds
 * the profile's headers: its root marker (xen-compat.h) in one of its
 * layouts, as a tree on disk is searched; always, for a profile that names
 * no marker. When it does not, *out is false and ctx's message says why
 * ("no xen headers (looked for xen-compat.h in: ...)").
 * Errors: XABI_EIO (git failed, e.g. an unknown revision: git's reason),
 * XABI_ENOTFOUND (git cannot run).
 */
int xabi_git_has_root(bool *out, const char *rev, const struct xabi_profile *profile,
		      struct xabi_ctx *ctx);

/*
 * The release revision `rev` builds on, among the tags matching the glob
 * `pattern`, into *out (caller frees): the newest tag that is an ancestor
 * of rev, unless a newer x.y.0 tag sits on a branch that forked from
 * rev's history (its merge base with rev is not yet in the x.y.0 before
 * it): on Xen's master and staging, whose release tags sit on the
 * stable-x.y branches, that is the newest RELEASE-x.y.0; on a stable
 * branch, its newest point release. Errors: XABI_ENOTFOUND (no such tag,
 * or git cannot run), XABI_EIO (git failed: not a repository, an unknown
 * revision; git's reason).
 */
int xabi_git_release_of(char **out, const char *rev, const char *pattern,
			struct xabi_ctx *ctx);

/* Remove a directory tree (a temporary one made by xabi). */
void xabi_remove_tree(const char *dir);

#endif
