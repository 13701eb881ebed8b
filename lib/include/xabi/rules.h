/* SPDX-License-Identifier: MIT */
/*
 * Rules files (--rules FILE): severity overrides, suppressions and waivers,
 * and switches for the profile's policies. INI, read with libinih:
 *
 *   [suppress_type]          libabigail's syntax, so existing abidiff
 *   [suppress_function]      suppression files keep working: name,
 *   [suppress_variable]      name_regexp, name_not_regexp, file_name_regexp,
 *                            file_name_not_regexp, type_kind, label
 *   [suppress_change]        xabi's own: kind (a glob such as field.*),
 *                            name, name_regexp, name_not_regexp,
 *                            file_name_regexp, label
 *   [waiver]                 a suppress_change with a required reason and an
 *                            optional until (an interface version such as
 *                            0x00041500, or a release such as 4.21); once the
 *                            new side reaches it, it stops suppressing and is
 *                            reported itself
 *   [override]               kind (glob), name/name_regexp, file_name_regexp,
 *                            and the severity to use: error, warning or info
 *   [policy]                 ungated_change, version_not_bumped,
 *                            arch_divergence = yes|no; arch_invariant = names
 *                            of records that must be laid out alike on the
 *                            32- and 64-bit arches of each family
 *
 * Regular expressions are POSIX extended, anchored only if written so.
 * Ownership: a rules set owns everything in it; release it with
 * xabi_rules_release().
 */
#ifndef XABI_RULES_H
#define XABI_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "xabi/diff.h"
#include "xabi/error.h"
#include "xabi/profile.h"

struct xabi_rule;

struct xabi_rules {
	size_t n_rules;
	struct xabi_rule **rules;
	/* -1: as the profile says; 0 or 1: the rules' choice. */
	int ungated_change, version_not_bumped, arch_divergence;
	size_t n_arch_invariant;
	char **arch_invariant;
	/* Warnings met while loading (unsupported libabigail properties). */
	size_t n_warnings;
	char **warnings;
	/* Records a compat list (Xen's xlat.lst, '?' lines) has the 32-bit
	 * compat layer reuse natively: they must be laid out alike on the
	 * 32- and 64-bit arches, as arch_invariant; names as the list spells
	 * them (without the "xen_" the headers may add). */
	size_t n_compat_checked;
	char **compat_checked;
};

#define XABI_RULES_INIT { 0, NULL, -1, -1, -1, 0, NULL, 0, NULL, 0, NULL }

/*
 * Add the rules of `path` to `r`. Errors: XABI_ENOTFOUND, XABI_EIO,
 * XABI_EINVALID with "file:line: what was expected".
 */
int xabi_rules_load(struct xabi_rules *r, const char *path, struct xabi_ctx *ctx);

/*
 * Add the records that the compat list `path` (Xen's xen/include/xlat.lst:
 * "?<tab>name<tab>header" needs checking, "!" translation, "#" comments)
 * marks with '?' to r->compat_checked. Errors: XABI_ENOTFOUND, XABI_EIO.
 */
int xabi_rules_load_compat_list(struct xabi_rules *r, const char *path,
				struct xabi_ctx *ctx);
/* The same from `len` bytes of text, `name` labelling messages (for tests
 * and fuzzing). A NUL byte among them, or an entry line longer than inih
 * reads whole, is XABI_EINVALID. */
int xabi_rules_load_text(struct xabi_rules *r, const char *text, size_t len,
			 const char *name, struct xabi_ctx *ctx);
void xabi_rules_release(struct xabi_rules *r);

/* Count the rules of each kind, for `xabi rules --check`. */
void xabi_rules_summary(const struct xabi_rules *r, size_t *suppressions,
			size_t *waivers, size_t *overrides);

/*
 * Apply the profile's policies (as the rules switch them), then severity
 * overrides, then suppressions and waivers, to a computed diff. Expired
 * waivers are reported as policy.waiver-expired.
 */
int xabi_policy_apply(struct xabi_diff *d, const struct xabi_profile *profile,
		      const struct xabi_rules *rules, struct xabi_ctx *ctx);

#endif
