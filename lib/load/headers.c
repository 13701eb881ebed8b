/* SPDX-License-Identifier: MIT */
/*
 * A header tree into a corpus: scanned, then read from the cache or
 * extracted (with the source loaded before as a reference), and the
 * headers beside its root added. What the user should know on the way
 * is warned about through the load options.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "load/loading.h"
#include "util/alloc.h"
#include "xabi/text.h"

int xabi_load_scan(struct xabi_scan **scan, const char *source,
		   const struct xabi_tree *tree, const struct xabi_profile *profile,
		   const struct xabi_load_options *o, struct xabi_ctx *ctx)
{
	if (xabi_scan_tree(scan, tree, profile, XABI_MAX_HEADER_BYTES, ctx))
		return ctx->code;
	for (size_t i = 0; i < tree->n_skipped; i++) {
		/* One line each, even for a name with a line break in it. */
		char *path = xabi_text_escape(tree->skipped[i].path, false);

		xabi_load_warn(o, "%s: %s: %s", source, path ? path : tree->skipped[i].path,
			       tree->skipped[i].why);
		free(path);
	}
	for (size_t i = 0; i < (*scan)->n_files; i++)
		for (size_t j = 0; j < (*scan)->files[i].n_defines; j++)
			if ((*scan)->files[i].defines[j].unprobed == XABI_UNPROBED_COSTLY)
				xabi_load_warn(o, "%s:%u: %s takes more than %u tokens to "
					       "expand; its value is not evaluated",
					       (*scan)->files[i].path,
					       (*scan)->files[i].defines[j].line,
					       (*scan)->files[i].defines[j].name,
					       XABI_MACRO_BUDGET);
	for (size_t i = 0; i < (*scan)->n_files; i++)
		for (size_t j = 0; j < (*scan)->files[i].n_unresolved; j++)
			xabi_load_warn(o, "%s:%u: cannot tell at which values of %s this "
				       "condition changes, read or evaluated; it makes no "
				       "partition",
				       (*scan)->files[i].path, (*scan)->files[i].unresolved[j],
				       profile->version_macro);
	return 0;
}

/* Say which headers of SOURCE yielded nothing where, except by design. */
static void warn_unparsed(const struct xabi_load_options *o, const char *source,
			  const struct xabi_corpus *c)
{
	for (size_t i = 0; i < c->n_notes; i++) {
		const struct xabi_header_note *n = &c->notes[i];
		char *where;

		if (n->state != XABI_HEADER_FAILED)
			continue;
		where = xabi_space_where(&c->space, n->where);
		xabi_load_warn(o, "%s: %s did not parse (%s): %s", source, n->path, where,
			       n->message);
		free(where);
	}
}

/* The source loaded before, when this extraction may take its unchanged
 * headers from it: made with the same options (extraction checks the
 * rest). */
static const struct xabi_corpus *reference_for(const struct xabi_load_options *o,
					       const char *options)
{
	const struct xabi_corpus *ref = o->reference;

	return ref && ref->options && !strcmp(ref->options, options) ? ref : NULL;
}

/* How much of SOURCE was parsed, and why not less. */
static void say_incremental(const struct xabi_load_options *o, const char *source,
			    const struct xabi_extract_stats *stats)
{
	if (stats->read_otherwise)
		xabi_load_say(o, "%s: all %zu parses made: a changed header reads other "
			      "headers than in %s", source, stats->parses, o->reference_source);
	else if (stats->incremental)
		xabi_load_say(o, "%s: %zu parses instead of %zu, %zu header%s changed since %s",
			      source, stats->parses, stats->full_parses, stats->changed,
			      stats->changed == 1 ? "" : "s", o->reference_source);
	else
		xabi_load_say(o, "%s: all %zu parses made: nothing could be taken from %s, "
			      "made with another xabi, libclang or configuration", source,
			      stats->parses, o->reference_source);
}

/* A hosted profile's arch without its C library's headers here is read
 * freestanding: say so. Both sides of a diff are read with one profile and
 * sysroot, so the caller hears it once per side: the command says each
 * line once (cmd/xabi/load.c). */
static void warn_freestanding(const struct xabi_load_options *o,
			      const struct xabi_profile *p)
{
	const struct xabi_selection *sel = &o->selection;

	if (!p->hosted)
		return;
	for (size_t i = 0; i < p->n_arches; i++) {
		const struct xabi_profile_arch *a = &p->arches[i];
		bool selected = !sel->n_arches && a->by_default;

		for (size_t j = 0; j < sel->n_arches; j++)
			selected |= !strcmp(sel->arches[j], a->name);
		if (!selected || xabi_profile_has_libc(p, a->name))
			continue;
		xabi_load_warn(o, "%s: no C library headers in %s/usr/include/%s; its headers "
			       "are read without them (install them, or give --sysroot)",
			       a->name, p->sysroot ? p->sysroot : "",
			       xabi_profile_multiarch(p, a->name));
	}
}

/* The corpus of `tree`'s own headers: from the cache, or extracted. */
static int extract(struct xabi_corpus **out, const char *source,
		   const struct xabi_tree *tree, const struct xabi_profile *profile,
		   const struct xabi_load_options *o, struct xabi_ctx *ctx)
{
	struct xabi_scan *scan = NULL;
	struct xabi_extract_stats stats = { 0 };
	char *options = xabi_load_options_text(o), *cached = NULL;
	struct xabi_extract_options opts = {
		.jobs = o->jobs, .limits = o->limits,
		.progress = o->progress, .progress_payload = o->progress_payload,
		.reference = reference_for(o, options), .stats = &stats,
	};
	int rc = xabi_load_scan(&scan, source, tree, profile, o, ctx);

	/* An unknown name in --arch or --audience is the caller's error. */
	if (!rc && xabi_extract_check_selection(profile, &o->selection, ctx))
		rc = ctx->code = XABI_EUSAGE;
	if (!rc)
		warn_freestanding(o, profile);
	if (!rc)
		cached = xabi_cache_path(o, profile, tree, scan, options);
	if (cached && !xabi_cache_read(o, cached, out)) {
		/* Where the root sits in SOURCE is no fact a dump keeps, yet
		 * reports name paths from it (Code Quality) and the compat
		 * list is found by it: the tree says. */
		(*out)->root = xabi_corpus_intern(*out, tree->layout);
		warn_unparsed(o, source, *out);
		xabi_load_say(o, "%s: read from the cache, %s", source, cached);
	} else if (!rc && xabi_extract(out, profile, tree, scan, &o->selection, &opts, ctx)) {
		rc = xabi_load_blame(ctx, source);
	} else if (!rc) {
		(*out)->options = xabi_corpus_intern(*out, options);
		warn_unparsed(o, source, *out);
		if (o->reference)
			say_incremental(o, source, &stats);
		if (cached)
			xabi_cache_write(o, cached, *out);
	}
	free(cached);
	free(options);
	xabi_scan_free(scan);
	return rc;
}

/* Whether dir/folder holds nothing but `only` (no headers beside it). */
static bool has_only(const char *dir, const char *folder, const char *only)
{
	char *path = xabi_xasprintf("%s/%s", dir, folder);
	DIR *d = opendir(path);
	struct dirent *e;
	bool alone = true;

	while (d && alone && (e = readdir(d)))
		alone = e->d_name[0] == '.' || !strcmp(e->d_name, only);
	if (d)
		closedir(d);
	free(path);
	return alone;
}

/* The folder part of a layout ("usr/include" of "usr/include/xen", "."
 * of "xen"), and in *last what follows it ("xen"). */
static char *layout_parent(const char *layout, const char **last)
{
	const char *slash = strrchr(layout, '/');

	*last = slash ? slash + 1 : layout;
	return slash ? xabi_xstrndup(layout, (size_t)(slash - layout)) : xabi_xstrdup(".");
}

/* The options and profile the headers beside the root are read with: the
 * beside profile, compiled as `audience` compiles (its macros,
 * __XEN_TOOLS__), without the root's own folder `skip`. */
static int beside_options(struct xabi_load_options *beside, struct xabi_profile **profile,
			  const struct xabi_profile *p, const char *defines,
			  const char *skip, const struct xabi_load_options *o,
			  struct xabi_ctx *ctx)
{
	*beside = (struct xabi_load_options){
		.profile = p->beside, .selection = { .iface = XABI_IFACE_ALL },
		.limits = o->limits, .jobs = o->jobs, .cache = o->cache,
		.sysroot = o->sysroot, .warn = o->warn, .say = o->say, .payload = o->payload,
		.progress = o->progress, .progress_payload = o->progress_payload,
	};
	for (const char *d = defines; *d;) {
		size_t n;

		d += strspn(d, " \t");
		n = strcspn(d, " \t");
		if (!n)
			break;
		xabi_grow_one((void **)&beside->defines, beside->n_defines, sizeof(char *));
		((const char **)beside->defines)[beside->n_defines++] = xabi_xstrndup(d, n);
		d += n;
	}
	if (xabi_load_profile(profile, beside, NULL, ctx))
		return ctx->code;
	xabi_profile_add_skip(*profile, skip, "read with its own profile");
	return 0;
}

/*
 * The headers beside the root, when the profile reads them with another
 * (Xen's toolstack headers beside usr/include/xen): extracted with that
 * profile, less the root's own folder, and added to *out as holding for
 * the profile's beside_audience on the host's arch, named from the root
 * ("../xenctrl.h", XABI_BESIDE_PREFIX). Nothing to do when the root was
 * not found by a beside layout, or when the selection leaves that out.
 */
static int add_beside(struct xabi_corpus *out, const char *dir, const char *source,
		      const struct xabi_tree *root, const struct xabi_profile *p,
		      const struct xabi_load_options *o, struct xabi_ctx *ctx)
{
	const char *host = xabi_profile_host_arch(p), *last = NULL, *defines = "";
	struct xabi_selection tools = {
		.n_arches = 1, .arches = &host, .n_audiences = 1,
		.audiences = (const char *const *)&p->beside_audience, .iface = XABI_IFACE_ALL,
	};
	struct xabi_load_options beside = { 0 };
	struct xabi_profile *profile = NULL;
	struct xabi_tree *tree = NULL;
	struct xabi_corpus *other = NULL;
	struct xabi_bitset *where = NULL;
	bool wanted = false;
	char *folder = NULL, *skip = NULL, *skip_all = NULL;
	int rc = 0;

	for (size_t i = 0; p->beside && i < p->n_beside_layouts; i++)
		wanted |= !strcmp(p->beside_layouts[i], root->layout);
	if (!wanted || !host)
		return 0;
	folder = layout_parent(root->layout, &last);
	for (size_t i = 0; i < p->n_audiences; i++)
		if (!strcmp(p->audiences[i].name, p->beside_audience))
			defines = p->audiences[i].defines;
	skip = xabi_xasprintf("%s/", last);
	skip_all = xabi_xasprintf("%s*", skip);
	/* An arch or audience the corpus lacks (--arch, --audience left it
	 * out) selects nothing: there is nothing to add. */
	if (!xabi_space_select(&where, &out->space, &tools, NULL) && !xabi_bitset_empty(where) &&
	    !has_only(dir, folder, last)) {
		rc = beside_options(&beside, &profile, p, defines, skip_all, o, ctx);
		if (!rc)
			rc = xabi_tree_open(&tree, dir, profile, ctx);
		if (!rc)
			rc = extract(&other, source, tree, profile, &beside, ctx);
	}
	if (!rc && other && xabi_corpus_merge(out, other, where, skip, XABI_BESIDE_PREFIX, ctx))
		rc = xabi_load_blame(ctx, source);
	for (size_t i = 0; i < beside.n_defines; i++)
		free((char *)beside.defines[i]);
	free((void *)beside.defines);
	xabi_corpus_free(other);
	xabi_bitset_free(where);
	xabi_tree_free(tree);
	xabi_profile_free(profile);
	free(skip_all);
	free(folder);
	free(skip);
	return rc;
}

int xabi_load_headers(struct xabi_corpus **out, const char *dir, const char *source,
		      const struct xabi_tree *tree, const struct xabi_profile *profile,
		      const struct xabi_load_options *o, struct xabi_ctx *ctx)
{
	int rc = extract(out, source, tree, profile, o, ctx);

	if (!rc)
		rc = add_beside(*out, dir, source, tree, profile, o, ctx);
	return rc;
}
