/* SPDX-License-Identifier: MIT */
/*
 * xabi compat: does an application still resolve against new libraries?
 * A versioned import names the library it needs (verneed); it is checked
 * when that library is among those given. An unversioned import is looked
 * up in the given libraries, then in the fallback (the application's other
 * dependencies), since nothing says where it comes from. When one of those
 * dependencies was neither given nor found, an unversioned import nobody
 * defines may be its: that is a gap in what was compared (a remark), not an
 * ABI error.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/map.h"
#include "compare.h"

/* Index the exports of a library corpus by "name@version" and by name,
 * and its libraries by SONAME (or name). */
static void index_exports(const struct xabi_corpus *c, struct xabi_map *versioned,
			  struct xabi_map *names, struct xabi_map *libraries)
{
	for (size_t i = 0; c && i < c->n_facts; i++) {
		const struct xabi_fact *f = c->facts[i];

		if (f->kind == XABI_KIND_LIBRARY && libraries) {
			xabi_map_put(libraries, f->name, (void *)f);
		} else if (f->kind == XABI_KIND_SYMBOL && !strcmp(xabi_attr(f, "defined"), "yes")) {
			char *key = xabi_xasprintf("%s@%s", f->name, xabi_attr(f, "version"));

			xabi_map_put(versioned, key, (void *)f);
			xabi_map_put(names, f->name, (void *)f);
			free(key);
		}
	}
}

/* The libraries app needs (DT_NEEDED) that are neither among `given` nor
 * among `found`, comma-separated in `out`; how many. */
static size_t missing_libraries(const struct xabi_corpus *app, const struct xabi_map *given,
				const struct xabi_map *found, struct xabi_buf *out)
{
	size_t n = 0;

	for (size_t i = 0; i < app->n_facts; i++) {
		char *needed, *save = NULL;

		if (app->facts[i]->kind != XABI_KIND_LIBRARY)
			continue;
		needed = xabi_xstrdup(xabi_attr(app->facts[i], "needed"));
		for (char *lib = strtok_r(needed, " ", &save); lib; lib = strtok_r(NULL, " ", &save))
			if (!xabi_map_get(given, lib) && !xabi_map_get(found, lib))
				xabi_buf_cat(out, n++ ? ", " : "", lib, NULL);
		free(needed);
	}
	return n;
}

int xabi_compat_compute(struct xabi_diff **out, const struct xabi_corpus *app,
			const struct xabi_corpus *libs, const struct xabi_corpus *fallback,
			struct xabi_ctx *ctx)
{
	struct xabi_diff *d = xabi_xcalloc(1, sizeof(*d));
	struct xabi_map *versioned = xabi_map_new(4096), *names = xabi_map_new(4096);
	struct xabi_map *libraries = xabi_map_new(64);
	struct xabi_map *fb_versioned = xabi_map_new(4096), *fb_names = xabi_map_new(4096);
	struct xabi_map *fb_libraries = xabi_map_new(64);
	struct xabi_buf missing = XABI_BUF_INIT;
	size_t n_missing, unchecked = 0;

	*out = NULL;
	d->old = app;
	d->new = libs;
	xabi_diff_space_build(&d->space, app, libs, d);
	if (!d->space.n_configs) {
		xabi_diff_free(d);
		xabi_map_free(versioned);
		xabi_map_free(names);
		xabi_map_free(libraries);
		xabi_map_free(fb_versioned);
		xabi_map_free(fb_names);
		xabi_map_free(fb_libraries);
		return XABI_ERROR(ctx, XABI_EINVALID, "the application and the libraries "
				  "are for different arches");
	}
	index_exports(libs, versioned, names, libraries);
	index_exports(fallback, fb_versioned, fb_names, fb_libraries);
	n_missing = missing_libraries(app, libraries, fb_libraries, &missing);
	for (size_t i = 0; i < app->n_facts; i++) {
		const struct xabi_fact *f = app->facts[i];
		const char *from = xabi_attr(f, "from"), *version = xabi_attr(f, "version");
		char *key;
		bool found;
		struct xabi_bitset *all;

		if (f->kind != XABI_KIND_SYMBOL || strcmp(xabi_attr(f, "defined"), "no") ||
		    !strcmp(xabi_attr(f, "bind"), "weak"))
			continue;
		if (*from && !xabi_map_get(libraries, from))
			continue; /* needed from a library we were not given */
		key = xabi_xasprintf("%s@%s", f->name, version);
		found = *from ? xabi_map_get(versioned, key) != NULL :
			xabi_map_get(names, f->name) || xabi_map_get(fb_names, f->name);
		free(key);
		if (found)
			continue;
		if (!*from && n_missing) {
			unchecked++;
			continue;
		}
		all = xabi_space_new_set(&d->space);
		xabi_bitset_set_all(all);
		xabi_diff_add(d, XABI_CH_COMPAT_SYMBOL_UNRESOLVED,
			      xabi_change_kind(XABI_CH_COMPAT_SYMBOL_UNRESOLVED)->severity,
			      XABI_VIEW_PINNED, f, NULL, all,
			      *from ? xabi_xasprintf("%s needs %s@%s from %s, which no given "
						     "library defines", f->scope, f->name,
						     version, from) :
			      xabi_xasprintf("%s needs %s, which no given library and none of "
					     "its other dependencies defines", f->scope, f->name));
	}
	if (unchecked)
		xabi_diff_remark(d, xabi_xasprintf(
			"not checked: %zu unversioned import%s that no given library defines, "
			"since %s, which the application needs, %s neither given nor found "
			"in the system's library folders", unchecked, unchecked == 1 ? "" : "s",
			xabi_buf_cstr(&missing), n_missing == 1 ? "was" : "were"));
	xabi_buf_release(&missing);
	xabi_diff_finish(d);
	xabi_map_free(versioned);
	xabi_map_free(names);
	xabi_map_free(libraries);
	xabi_map_free(fb_versioned);
	xabi_map_free(fb_names);
	xabi_map_free(fb_libraries);
	*out = d;
	return 0;
}
