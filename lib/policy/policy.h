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
 * macro); those reaching guests are annotated policy.ungated-change when
 * `annotate_ungated`. Others become warnings that say who they reach. */
void xabi_policy_reach(struct xabi_diff *d, const struct xabi_profile *profile,
		       bool annotate_ungated);
/* record.arch-divergence between the 32- and 64-bit arches of a family. */
void xabi_policy_arch_divergence(struct xabi_diff *d, const struct xabi_profile *profile,
				 const struct xabi_rules *rules);

#endif
