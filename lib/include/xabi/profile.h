/* SPDX-License-Identifier: MIT */
/*
 * Profiles: how consumers compile a header tree (rules/xen.profile,
 * rules/c.profile). A profile names the arches and their clang targets, the
 * audiences and what each defines, the interface-version macro, where the
 * root of the headers sits, the prelude, and which headers are skipped or
 * belong to some arches only.
 *
 * Ownership: xabi_profile_load() returns a profile the caller frees with
 * xabi_profile_free(); all strings in it belong to it.
 */
#ifndef XABI_PROFILE_H
#define XABI_PROFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "xabi/error.h"

struct xabi_profile_arch {
	char *name;
	char *target;    /* clang --target; "" for the host */
	char *multiarch; /* Debian's include folder for it, "" for the host's */
	bool by_default; /* selected unless --arch says otherwise */
};

struct xabi_profile_audience {
	char *name;
	char *defines; /* space-separated NAME or NAME=VALUE */
	bool pinned;   /* always at the latest interface version */
	bool by_default;
};

/* A header pattern (fnmatch, '*' also matches '/') and what it says. */
struct xabi_profile_rule {
	char *pattern;
	char *value; /* arch names for arch-headers, the reason for skip */
};

struct xabi_profile {
	char *name;
	char *description;
	char *version_macro; /* NULL: no interface versions */
	char *latest_macro;  /* NULL: the newest threshold is the latest */
	char *root_marker;   /* NULL: the given directory is the root */
	char *include_alias; /* NULL, or a name the root is reachable as */
	/* Hosted: compiled as a program on the target would be, with its C
	 * library's headers from <sysroot>/usr/include ("/" when NULL) and
	 * each side's own root (and its multiarch folder) first on the
	 * <...> path. Freestanding otherwise: the compiler's headers alone. */
	bool hosted;
	char *sysroot;
	/* Headers beside the root, read with another profile: when the root
	 * was found by one of beside_layouts (an install prefix's
	 * usr/include/xen), the headers of its parent folder outside it,
	 * read with profile `beside`, hold for audience `beside_audience`
	 * on the host's arch. NULL: none. */
	char *beside, *beside_audience;
	size_t n_beside_layouts;
	char **beside_layouts;
	size_t n_layouts, n_prelude, n_flags;
	char **layouts;      /* where to look for the root, in order */
	char **prelude;      /* "<stdint.h>" or "\"xen.h\"" lines */
	char **flags;        /* extra compiler flags (-I, -D from the CLI) */
	size_t n_arches, n_audiences, n_arch_headers, n_skips;
	struct xabi_profile_arch *arches;
	struct xabi_profile_audience *audiences;
	struct xabi_profile_rule *arch_headers;
	struct xabi_profile_rule *skips;
	/* Policies ([policy]), on unless the profile or the rules say no. */
	bool ungated_change;     /* policy.ungated-change */
	bool version_not_bumped; /* policy.version-not-bumped */
	bool arch_divergence;    /* record.arch-divergence */
	/* Xen's compat list (xlat.lst), relative to the header root; NULL
	 * when none. Its '?' records must keep one layout on 32 and 64 bits. */
	char *compat_list;
	/* Headers with their own version macro: pattern = header, value =
	 * macro ([interface-versions]). */
	size_t n_iface_macros;
	struct xabi_profile_rule *iface_macros;
	/* Arch families whose 32- and 64-bit layouts must agree: pattern =
	 * family, value = "32-bit-arch 64-bit-arch" ([arch-families]). */
	size_t n_arch_families;
	struct xabi_profile_rule *arch_families;
	/* Records that fill a page shared between two sides, each of which
	 * reads only the fields it knows: pattern = record name (glob), value
	 * = the page size in bytes ([shared-pages]). */
	size_t n_shared_pages;
	struct xabi_profile_rule *shared_pages;
	/* Macros that name the headers' own version, which every release
	 * raises (LINUX_VERSION_CODE, ZLIB_VERNUM): pattern = macro name
	 * (glob), value = what it is ([version-macros]). Their changes are
	 * info. */
	size_t n_version_macros;
	struct xabi_profile_rule *version_macros;
};

/*
 * Load a profile by name (a built-in one from rules/, e.g. "xen") or from a
 * file path (anything containing '/' or ending in ".profile").
 * Errors: XABI_ENOTFOUND (no such profile), XABI_EINVALID (the message
 * names file and line).
 */
int xabi_profile_load(struct xabi_profile **out, const char *name_or_path,
		      struct xabi_ctx *ctx);

/*
 * Load a built-in profile by name only, never a file: for names that come
 * from inputs, such as the profile a dump says it was made with.
 * Errors: XABI_EINVALID (a path, not a name), XABI_ENOTFOUND.
 */
int xabi_profile_load_builtin(struct xabi_profile **out, const char *name,
			      struct xabi_ctx *ctx);
void xabi_profile_free(struct xabi_profile *p);

/* Names of the built-in profiles, NULL-terminated; borrowed. */
const char *const *xabi_profile_builtin_names(void);

/* Add a compiler flag (e.g. "-DFOO=1", "-I/path"). */
void xabi_profile_add_flag(struct xabi_profile *p, const char *flag);

/* Why header `path` (relative to the root) is never parsed, or NULL. */
const char *xabi_profile_skip_reason(const struct xabi_profile *p,
				     const char *path);
/* The multiarch include folder of arch `arch` ("x86_64-linux-gnu"), the
 * host's for an arch without a target; "" when none. Borrowed. */
const char *xabi_profile_multiarch(const struct xabi_profile *p, const char *arch);
/* The arch of `p` that is the machine xabi runs on, or NULL. Borrowed. */
const char *xabi_profile_host_arch(const struct xabi_profile *p);
/* Never parse headers matching `pattern`, for reason `why`. */
void xabi_profile_add_skip(struct xabi_profile *p, const char *pattern, const char *why);
/* Whether arch `arch` has its C library's headers under a hosted
 * profile: the folder <sysroot>/usr/include/<multiarch> is there. If
 * not (or the profile is freestanding), its headers are read
 * freestanding. */
bool xabi_profile_has_libc(const struct xabi_profile *p, const char *arch);
/* Whether header `path` is parsed on arch `arch`. */
bool xabi_profile_header_on_arch(const struct xabi_profile *p,
				 const char *path, const char *arch);

#endif
