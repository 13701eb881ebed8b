/* SPDX-License-Identifier: MIT */
/*
 * The change catalog: the rows xabi/catalog.def makes (kind, default
 * severity, compatibility class), and the severities a view or an
 * explanation gives instead. The XML report schema, docs/design.md and
 * the fixtures are checked against it by tests/test_catalog.c.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "compare.h"
#include "xabi/diff.h"

static const struct xabi_change_kind catalog[XABI_CH_COUNT] = {
#define XABI_KIND(name, id, severity, compat, summary) \
	[XABI_CH_##name] = { id, XABI_SEV_##severity, XABI_COMPAT_##compat, summary },
#include "xabi/catalog.def"
#undef XABI_KIND
};

const struct xabi_change_kind *xabi_change_kind(enum xabi_change_id id)
{
	return id < XABI_CH_COUNT ? &catalog[id] : NULL;
}

/* Names and values of enumerators and macros change by design across a
 * version bump (the run-time view judges what they mean), and a plain
 * rename harms nobody at run time. */
static bool is_value_kind(enum xabi_change_id id)
{
	return (id >= XABI_CH_ENUMERATOR_ADDED && id <= XABI_CH_ENUMERATOR_VERSION_AMBIGUOUS) ||
	       (id >= XABI_CH_MACRO_ADDED && id <= XABI_CH_MACRO_BODY_CHANGED);
}

enum xabi_severity xabi_change_severity(enum xabi_change_id id, unsigned view)
{
	if (view == XABI_VIEW_BUMP && is_value_kind(id))
		return XABI_SEV_INFO;
	if (view == XABI_VIEW_RUNTIME &&
	    (id == XABI_CH_ENUMERATOR_RENAMED || id == XABI_CH_MACRO_RENAMED))
		return XABI_SEV_INFO;
	return catalog[id].severity;
}

/*
 * Compatible patterns Xen relies on: a change whose kind would be an
 * error, explained by something else in the same diff, reaches no
 * consumer that exists. Each explanation caps the kind's severity here,
 * so the catalog stays the one place that decides it.
 */
static const struct {
	const char *id;
	enum xabi_severity cap;
} explanations[XABI_WHY_COUNT] = {
	[XABI_WHY_NONE] = { "", XABI_SEV_ERROR },
	/* A bound, count or mask that grew to take in items added to its
	 * family: consumers built against the old bound never see the new
	 * items, and the old items keep their values. */
	[XABI_WHY_GROWS_WITH_ADDITION] = { "grows-with-addition", XABI_SEV_INFO },
};

enum xabi_severity xabi_change_severity_why(enum xabi_change_id id, unsigned view,
					    enum xabi_why why)
{
	enum xabi_severity s = xabi_change_severity(id, view);

	return s > explanations[why].cap ? explanations[why].cap : s;
}

const char *xabi_change_view_note(enum xabi_change_id id)
{
	if (id == XABI_CH_ENUMERATOR_RENAMED || id == XABI_CH_MACRO_RENAMED)
		return "bump, runtime: info";
	return is_value_kind(id) && catalog[id].severity != XABI_SEV_INFO ? "bump: info" : "";
}

int xabi_change_kind_parse(const char *name, enum xabi_change_id *out)
{
	for (int i = 0; i < XABI_CH_COUNT; i++)
		if (!strcmp(catalog[i].id, name)) {
			*out = (enum xabi_change_id)i;
			return 0;
		}
	return XABI_ENOTFOUND;
}

const char *xabi_severity_name(enum xabi_severity s)
{
	static const char *const names[] = { "info", "warning", "error" };

	return s < XABI_SEV_COUNT ? names[s] : "?";
}

const char *xabi_compat_name(enum xabi_compat c)
{
	static const char *const names[] = { "binary", "source", "semantic", "compatible" };

	return c <= XABI_COMPAT_COMPATIBLE ? names[c] : "?";
}

char *xabi_view_names(unsigned views)
{
	static const char *const names[] = { "pinned", "latest", "bump", "runtime" };
	struct xabi_buf b = XABI_BUF_INIT;

	for (unsigned i = 0; i < 4; i++)
		if (views & (1u << i))
			xabi_buf_printf(&b, "%s%s", b.len ? " " : "", names[i]);
	return xabi_buf_detach(&b);
}
