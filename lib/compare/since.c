/* SPDX-License-Identifier: MIT */
/*
 * Judging a patch against the release it builds on (docs/design.md,
 * "Per patch"). The patch's diff (parent -> patch) says what changed; the
 * release's (release -> patch) says what that amounts to for consumers of
 * the release. A change is no worse than what the release's diff says of
 * the same entity: a second domctl change after the cycle's bump is
 * covered by the bump, and a change the release's diff does not show at
 * all brings back the released ABI (reverting something unreleased, or
 * fixing a break before it shipped).
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/map.h"
#include "compare.h"

static const char *entity_key(struct xabi_buf *k, const struct xabi_change *c)
{
	xabi_buf_clear(k);
	xabi_buf_printf(k, "%d\x1f%s\x1f%s", (int)c->entity, c->scope ? c->scope : "", c->name);
	return xabi_buf_cstr(k);
}

/* The worst severity the release's diff gives each entity, + 1. */
static void index_release(struct xabi_map *worst, struct xabi_buf *k,
			  const struct xabi_change *changes, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct xabi_change *c = &changes[i];
		const char *key = entity_key(k, c);
		uintptr_t was = (uintptr_t)xabi_map_get(worst, key);

		if (was < (uintptr_t)c->severity + 1)
			xabi_map_put(worst, key, (void *)((uintptr_t)c->severity + 1));
		index_release(worst, k, c->consequences, c->n_consequences);
	}
}

static void append_text(struct xabi_change *c, const char *text)
{
	char *joined = xabi_xasprintf("%s%s", c->message, text);

	free(c->message);
	c->message = joined;
}

void xabi_diff_judge_since(struct xabi_diff *patch, const struct xabi_diff *release,
			   const char *release_name)
{
	struct xabi_map *worst = xabi_map_new(1024);
	struct xabi_buf k = XABI_BUF_INIT;

	index_release(worst, &k, release->changes, release->n_changes);
	for (size_t i = 0; i < patch->n_changes; i++) {
		struct xabi_change *c = &patch->changes[i];
		uintptr_t there = (uintptr_t)xabi_map_get(worst, entity_key(&k, c));
		char *text;

		if (!there) {
			if (c->severity == XABI_SEV_INFO)
				continue;
			c->severity = XABI_SEV_INFO;
			text = xabi_xasprintf(" (%s has it as the patch leaves it: this brings back "
					      "the released ABI)", release_name);
		} else if (there - 1 < (uintptr_t)c->severity) {
			c->severity = (enum xabi_severity)(there - 1);
			text = xabi_xasprintf(" (against %s, which is what consumers have, it is "
					      "%s %s)", release_name,
					      c->severity == XABI_SEV_INFO ? "an" : "a",
					      xabi_severity_name(c->severity));
		} else {
			continue;
		}
		append_text(c, text);
		free(text);
		/* Advice for an error that no longer is one. */
		if (c->severity < XABI_SEV_ERROR && c->annotation) {
			c->annotation = NULL;
			free(c->note);
			c->note = NULL;
		}
	}
	xabi_buf_release(&k);
	xabi_map_free(worst);
	xabi_diff_finish(patch);
}
