/* SPDX-License-Identifier: MIT */
/* Internal to policy/: Xen's interface policies, applied to a diff. */
#ifndef XABI_POLICY_POLICY_H
#define XABI_POLICY_POLICY_H

#include "xabi/diff.h"
#include "xabi/profile.h"
#include "xabi/rules.h"

/* policy.version-not-bumped, and demotion of changes a bump announces. */
void xabi_policy_version_bump(struct xabi_diff *d, const struct xabi_profile *profile);
/* Who a change reaches decides whether it is an error: an error stays one
 * only where it reaches a consumer that exists today (a guest at a version
 * the old release offered, or the tools of a header with its own version
 * macro), and never in a header whose bytes did not change. Others become
 * warnings that say whom they reach. */
void xabi_policy_reach(struct xabi_diff *d, const struct xabi_profile *profile);
/* A record of the profile's [shared-pages] that only grows at its end,
 * within its page: info. Runs on findings (after xabi_diff_group()). */
void xabi_policy_shared_pages(struct xabi_diff *d, const struct xabi_profile *profile);
/* A change to a macro of the profile's [version-macros] (the headers'
 * own version, which every release raises): info, saying so. */
void xabi_policy_version_macros(struct xabi_diff *d, const struct xabi_profile *profile);
/* Annotate the errors (findings' roots) that reach guests pinned to a
 * version the old release offered with policy.ungated-change. */
void xabi_policy_ungated(struct xabi_diff *d);
/* record.arch-divergence between the 32- and 64-bit arches of a family. */
void xabi_policy_arch_divergence(struct xabi_diff *d, const struct xabi_profile *profile,
				 const struct xabi_rules *rules);

#endif
