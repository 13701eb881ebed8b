/* SPDX-License-Identifier: MIT */
/*
 * Loading a SOURCE into a corpus: a header tree (with the libraries under
 * its lib*\/ folders), git:REV, .deb packages or a folder of them, a shared
 * library or archive, or an ABI dump.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "xabi/diff.h"
#include "xabi/dump.h"
#include "xabi/elf.h"
#include "xabi/extract.h"
#include "xabi/profile.h"
#include "xabi/rules.h"
#include "xabi/scan.h"
#include "xabi/source.h"
#include "xabi/text.h"

static char *path_join(const char *dir, const char *name)
{
	char *p = malloc(strlen(dir) + strlen(name) + 2);

	if (!p) {
		cli_error("out of memory");
		exit(XABI_EXIT_ERROR);
	}
	sprintf(p, "%s/%s", dir, name);
	return p;
}

static int path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* payload: the side being loaded ("old", "new"), or NULL. */
static void show_progress(size_t done, size_t total, const char *what, void *payload)
{
	const char *side = payload;

	fprintf(stderr, "\r\033[K[%s%s%zu/%zu] ", side ? side : "", side ? " " : "",
		done, total);
	cli_put(stderr, what);
	if (done == total)
		fputs("\r\033[K", stderr);
	fflush(stderr);
}

/* The profile --profile names (a name or a file), or when `from_dump`
 * names a dump's profile attribute, that built-in profile: an input names
 * no file to open. */
static int load_profile_of(const struct cli_opts *o, const char *from_dump,
			   struct xabi_profile **out)
{
	struct xabi_ctx ctx = { 0 };

	if (from_dump ? xabi_profile_load_builtin(out, from_dump, &ctx) :
	    xabi_profile_load(out, o->profile, &ctx)) {
		cli_error(from_dump ? "cannot use the profile the dump names: %s; "
			  "give --profile" : "%s", ctx.message);
		return XABI_EXIT_ERROR;
	}
	for (size_t i = 0; i < o->n_includes; i++) {
		char *flag = malloc(strlen(o->includes[i]) + 3);

		sprintf(flag, "-I%s", o->includes[i]);
		xabi_profile_add_flag(*out, flag);
		free(flag);
	}
	for (size_t i = 0; i < o->n_defines; i++) {
		char *flag = malloc(strlen(o->defines[i]) + 3);

		sprintf(flag, "-D%s", o->defines[i]);
		xabi_profile_add_flag(*out, flag);
		free(flag);
	}
	if (o->version_macro) {
		free((*out)->version_macro);
		(*out)->version_macro = strdup(o->version_macro);
	}
	if (o->sysroot) {
		free((*out)->sysroot);
		(*out)->sysroot = strdup(o->sysroot);
	}
	if (o->read_elsewhere) {
		char *pattern = malloc(strlen(o->read_elsewhere) + 2);

		sprintf(pattern, "%s*", o->read_elsewhere);
		xabi_profile_add_skip(*out, pattern, "read with its own profile");
		free(pattern);
	}
	return 0;
}

static int load_profile(const struct cli_opts *o, struct xabi_profile **out)
{
	return load_profile_of(o, NULL, out);
}

int cli_open_tree(const struct cli_opts *o, const char *source,
		  struct xabi_profile **profile, struct xabi_tree **tree,
		  struct xabi_scan **scan)
{
	struct xabi_ctx ctx = { 0 };
	int rc = load_profile(o, profile);

	*tree = NULL;
	*scan = NULL;
	if (rc)
		return rc;
	if (xabi_tree_open(tree, source, *profile, &ctx) ||
	    xabi_scan_tree(scan, *tree, *profile, XABI_MAX_HEADER_BYTES, &ctx)) {
		cli_error("%s", ctx.message);
		return XABI_EXIT_ERROR;
	}
	for (size_t i = 0; i < (*tree)->n_skipped; i++) {
		/* One line each, even for a name with a line break in it. */
		char *path = xabi_text_escape((*tree)->skipped[i].path, false);

		cli_warning(o, "%s: %s: %s", source, path ? path : (*tree)->skipped[i].path,
			    (*tree)->skipped[i].why);
		free(path);
	}
	for (size_t i = 0; i < (*scan)->n_files; i++)
		for (size_t j = 0; j < (*scan)->files[i].n_defines; j++)
			if ((*scan)->files[i].defines[j].unprobed == XABI_UNPROBED_COSTLY)
				cli_warning(o, "%s:%u: %s takes more than %u tokens to "
					    "expand; its value is not evaluated",
					    (*scan)->files[i].path,
					    (*scan)->files[i].defines[j].line,
					    (*scan)->files[i].defines[j].name, XABI_MACRO_BUDGET);
	for (size_t i = 0; i < (*scan)->n_files; i++)
		for (size_t j = 0; j < (*scan)->files[i].n_unresolved; j++)
			cli_warning(o, "%s:%u: cannot tell at which values of %s this "
				    "condition changes, read or evaluated; it makes no "
				    "partition",
				    (*scan)->files[i].path, (*scan)->files[i].unresolved[j],
				    (*profile)->version_macro);
	return 0;
}

/* Say which headers of SOURCE yielded nothing where, except by design. */
static void warn_unparsed(const struct cli_opts *o, const char *source,
			  const struct xabi_corpus *c)
{
	for (size_t i = 0; i < c->n_notes; i++) {
		const struct xabi_header_note *n = &c->notes[i];
		char *where;

		if (n->state != XABI_HEADER_FAILED)
			continue;
		where = xabi_corpus_where(c, n->where);
		cli_warning(o, "%s: %s did not parse (%s): %s", source, n->path,
			    where, n->message);
		free(where);
	}
}

/* The source loaded before, when this extraction may take its unchanged
 * headers from it: made with the same options (the library checks the
 * rest), and not --full-parse. */
static const struct xabi_corpus *reference_for(const struct cli_opts *o,
					       const char *options)
{
	const struct xabi_corpus *ref = o->reference;

	return !o->full_parse && ref && ref->options && !strcmp(ref->options, options) ?
	       ref : NULL;
}

static bool showing_progress(const struct cli_opts *o)
{
	return !o->quiet && (o->progress == 1 || (o->progress == -1 && isatty(2)));
}

/* With progress on, a line: "xabi: SOURCE" BEFORE NAME AFTER. */
static void say(const struct cli_opts *o, const char *source, const char *before,
		const char *name, const char *after)
{
	if (!showing_progress(o))
		return;
	fputs("xabi: ", stderr);
	cli_put(stderr, source);
	fputs(before, stderr);
	cli_put(stderr, name);
	fprintf(stderr, "%s\n", after);
}

/* With progress on: how much of SOURCE was parsed, and why not less. */
static void say_incremental(const struct cli_opts *o, const char *source,
			    const struct xabi_extract_stats *stats)
{
	char before[128];

	if (stats->read_otherwise) {
		snprintf(before, sizeof(before), ": all %zu parses made: a changed header "
			 "reads other headers than in ", stats->parses);
		say(o, source, before, o->reference_source, "");
	} else if (stats->incremental) {
		snprintf(before, sizeof(before), ": %zu parses instead of %zu, %zu header%s "
			 "changed since ", stats->parses, stats->full_parses, stats->changed,
			 stats->changed == 1 ? "" : "s");
		say(o, source, before, o->reference_source, "");
	} else {
		snprintf(before, sizeof(before), ": all %zu parses made: nothing could be "
			 "taken from ", stats->parses);
		say(o, source, before, o->reference_source,
		    ", made with another xabi, libclang or configuration");
	}
}

/* A hosted profile's arch without its C library's headers here is read
 * freestanding: say so, once per arch and run (both sides of a diff are
 * read with one profile and sysroot). */
static void warn_freestanding(const struct cli_opts *o, const struct xabi_profile *p,
			      const struct xabi_selection *sel)
{
	static bool warned;

	if (!p->hosted || warned)
		return;
	warned = true;
	for (size_t i = 0; i < p->n_arches; i++) {
		const struct xabi_profile_arch *a = &p->arches[i];
		bool selected = !sel->n_arches && a->by_default;

		for (size_t j = 0; j < sel->n_arches; j++)
			selected |= !strcmp(sel->arches[j], a->name);
		if (!selected || xabi_profile_has_libc(p, a->name))
			continue;
		cli_warning(o, "%s: no C library headers in %s/usr/include/%s; its headers "
			    "are read without them (install them, or give --sysroot)",
			    a->name, p->sysroot ? p->sysroot : "",
			    xabi_profile_multiarch(p, a->name));
	}
}

static int extract(const struct cli_opts *o, const char *dir, const char *source,
		   struct xabi_corpus **out)
{
	struct xabi_profile *profile = NULL;
	struct xabi_tree *tree = NULL;
	struct xabi_scan *scan = NULL;
	struct xabi_selection sel = cli_selection(o);
	struct xabi_extract_stats stats = { 0 };
	char *options = cli_options_text(o), *cached = NULL;
	struct xabi_extract_options opts = {
		.jobs = o->jobs, .limits = o->limits,
		.progress = (o->progress == 1 || (o->progress == -1 && isatty(2))) ?
			    show_progress : NULL,
		.progress_payload = (void *)o->side,
		.reference = reference_for(o, options),
		.stats = &stats,
	};
	struct xabi_ctx ctx = { 0 };
	int rc = cli_open_tree(o, dir, &profile, &tree, &scan);

	/* An unknown name in --arch or --audience is a usage error (exit 2). */
	if (!rc && xabi_extract_check_selection(profile, &sel, &ctx)) {
		cli_error("%s", ctx.message);
		rc = XABI_EXIT_USAGE;
	}
	if (!rc)
		warn_freestanding(o, profile, &sel);
	if (!rc)
		cached = cli_cache_path(o, profile, tree, scan, options);
	if (cached && !cli_cache_read(o, cached, out)) {
		/* Where the root sits in SOURCE is no fact a dump keeps, yet
		 * reports name paths from it (Code Quality) and the compat
		 * list is found by it: the tree says. */
		(*out)->root = xabi_corpus_intern(*out, tree->layout);
		warn_unparsed(o, source, *out);
		say(o, source, ": read from the cache, ", cached, "");
	} else if (!rc && xabi_extract(out, profile, tree, scan, &sel, &opts, &ctx)) {
		cli_error("%s: %s", source, ctx.message);
		rc = XABI_EXIT_ERROR;
	} else if (!rc) {
		(*out)->options = xabi_corpus_intern(*out, options);
		warn_unparsed(o, source, *out);
		if (o->reference && !o->full_parse)
			say_incremental(o, source, &stats);
		if (cached)
			cli_cache_write(o, cached, *out);
	}
	free(cached);
	free(options);
	xabi_scan_free(scan);
	xabi_tree_free(tree);
	xabi_profile_free(profile);
	return rc;
}

/* git:REV: the headers of a revision of the repository here. */
static int extract_git(const struct cli_opts *o, const char *source,
		       struct xabi_corpus **out)
{
	struct xabi_profile *profile = NULL;
	struct xabi_ctx ctx = { 0 };
	char *dir = NULL;
	int rc = load_profile(o, &profile);

	if (!rc && xabi_source_git(&dir, source + 4, profile, &ctx)) {
		cli_error("%s", ctx.message);
		rc = XABI_EXIT_ERROR;
	}
	if (!rc)
		rc = extract(o, dir, source, out);
	xabi_remove_tree(dir);
	free(dir);
	xabi_profile_free(profile);
	return rc;
}

static bool names_header(const char *path)
{
	size_t n = strlen(path);

	return (n > 2 && !strcmp(path + n - 2, ".h")) || (n > 4 && !strcmp(path + n - 4, ".hpp"));
}

/* A corpus for libraries alone: their arch, the profile's default
 * audiences (so it meets header corpora of the same profile), no versions. */
static int library_corpus(const struct cli_opts *o, const char *arch,
			  struct xabi_corpus **out)
{
	struct xabi_profile *profile = NULL;
	int rc = load_profile(o, &profile);

	if (rc)
		return rc;
	xabi_corpus_new(out, profile->name);
	xabi_corpus_add_arch(*out, arch, "");
	for (size_t i = 0; i < profile->n_audiences; i++)
		if (profile->audiences[i].by_default)
			xabi_corpus_add_audience(*out, profile->audiences[i].name,
						 profile->audiences[i].defines, false);
	xabi_corpus_set_versions(*out, NULL, NULL, 0, NULL, 0);
	xabi_corpus_build_configs(*out, NULL);
	xabi_profile_free(profile);
	return 0;
}

/* Add the libraries `files` (relative to dir) to *c, creating a library
 * corpus first when there is none. */
int cli_load_libraries(const struct cli_opts *o, const char *dir, char **files,
			 size_t n, struct xabi_corpus **c)
{
	struct xabi_ctx ctx = { 0 };
	int rc = 0;

	for (size_t i = 0; !rc && i < n; i++) {
		struct xabi_elf_object *obj = NULL;
		char *path = dir ? path_join(dir, files[i]) : strdup(files[i]);
		/* A library given alone is known by its file name, so that
		 * two versions of it in different folders match. */
		const char *name = dir || !strrchr(files[i], '/') ? files[i] :
				   strrchr(files[i], '/') + 1;

		if (xabi_elf_read(&obj, path, &ctx)) {
			cli_error("%s", ctx.message);
			rc = XABI_EXIT_ERROR;
		} else if (!*c) {
			rc = library_corpus(o, obj->arch, c);
		}
		if (!rc && xabi_elf_add_facts(*c, obj, name, &ctx)) {
			cli_error("%s", ctx.message);
			rc = XABI_EXIT_ERROR;
		}
		xabi_elf_free(obj);
		free(path);
	}
	if (*c)
		xabi_corpus_finish(*c);
	return rc;
}

/* Whether dir/folder holds nothing but `only` (no headers beside it). */
static bool has_only(const char *dir, const char *folder, const char *only)
{
	char *path = path_join(dir, folder);
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
	return slash ? strndup(layout, (size_t)(slash - layout)) : strdup(".");
}

/*
 * The headers beside the root, when the profile reads them with another
 * (Xen's toolstack headers beside usr/include/xen): extracted with that
 * profile, less the root's own folder, and added to *out as holding for
 * the profile's beside_audience on the host's arch, named from the root
 * ("../xenctrl.h", XABI_BESIDE_PREFIX). Nothing to do when the root was
 * not found by a beside layout, or when --arch or --audience leave that
 * out.
 */
static int add_beside(const struct cli_opts *o, const char *dir, const char *label,
		      const struct xabi_profile *p, const struct xabi_tree *tree,
		      struct xabi_corpus *out)
{
	struct cli_opts beside = {
		.profile = p->beside, .iface = XABI_IFACE_ALL, .jobs = o->jobs,
		.limits = o->limits, .progress = o->progress, .quiet = o->quiet,
		.side = o->side, .cache = o->cache, .sysroot = o->sysroot,
	};
	const char *host = xabi_profile_host_arch(p), *last = NULL;
	struct xabi_selection tools = {
		.n_arches = 1, .arches = &host, .n_audiences = 1,
		.audiences = (const char *const *)&p->beside_audience, .iface = XABI_IFACE_ALL,
	};
	struct xabi_corpus *other = NULL;
	struct xabi_bitset *where = NULL;
	struct xabi_ctx ctx = { 0 };
	bool wanted = false;
	char *folder = NULL, *skip = NULL, *defines = NULL, *save = NULL;
	int rc = 0;

	for (size_t i = 0; p->beside && i < p->n_beside_layouts; i++)
		wanted |= !strcmp(p->beside_layouts[i], tree->layout);
	if (!wanted || !host || !(folder = layout_parent(tree->layout, &last)))
		return 0;
	/* Compiled as the audience compiles: its macros (__XEN_TOOLS__). */
	for (size_t i = 0; i < p->n_audiences; i++)
		if (!strcmp(p->audiences[i].name, p->beside_audience))
			defines = strdup(p->audiences[i].defines);
	for (char *d = defines ? strtok_r(defines, " \t", &save) : NULL; d;
	     d = strtok_r(NULL, " \t", &save)) {
		beside.defines = realloc(beside.defines, (beside.n_defines + 1) * sizeof(char *));
		beside.defines[beside.n_defines++] = d;
	}
	skip = malloc(strlen(last) + 2);
	sprintf(skip, "%s/", last);
	beside.read_elsewhere = skip;
	/* An arch or audience the corpus lacks (--arch, --audience left it
	 * out) selects nothing: there is nothing to add. */
	if (!xabi_corpus_select(&where, out, &tools, &ctx) && !xabi_bitset_empty(where) &&
	    !has_only(dir, folder, last))
		rc = extract(&beside, dir, label, &other);
	if (!rc && other && xabi_corpus_merge(out, other, where, skip, XABI_BESIDE_PREFIX,
					      &ctx)) {
		cli_error("%s: %s", label, ctx.message);
		rc = XABI_EXIT_ERROR;
	}
	xabi_corpus_free(other);
	xabi_bitset_free(where);
	free(beside.defines);
	free(defines);
	free(folder);
	free(skip);
	return rc;
}

/* A directory: its headers (if the profile finds any) and its libraries. */
static int load_directory(const struct cli_opts *o, const char *dir, const char *label,
			  struct xabi_corpus **out)
{
	struct xabi_profile *profile = NULL;
	struct xabi_tree *tree = NULL;
	struct xabi_ctx ctx = { 0 };
	char **libs;
	size_t n_libs;
	int rc = load_profile(o, &profile);

	if (rc)
		return rc;
	xabi_source_find_libraries(dir, &libs, &n_libs);
	if (xabi_tree_open(&tree, dir, profile, &ctx) == 0 || !n_libs)
		rc = extract(o, dir, label, out);
	if (!rc && tree && *out)
		rc = add_beside(o, dir, label, profile, tree, *out);
	if (!rc)
		rc = cli_load_libraries(o, dir, libs, n_libs, out);
	for (size_t i = 0; i < n_libs; i++)
		free(libs[i]);
	free(libs);
	xabi_tree_free(tree);
	xabi_profile_free(profile);
	return rc;
}

/* Note each package and its files, headers named relative to the root. */
static void record_packages(struct xabi_corpus *c, const struct xabi_profile *profile,
			    const char *dir, const struct xabi_deb *pkgs, size_t n)
{
	struct xabi_tree *tree = NULL;
	char real[4096];
	const char *root = NULL;
	size_t len = 0;

	if (realpath(dir, real) && xabi_tree_open(&tree, dir, profile, NULL) == 0 &&
	    !strncmp(tree->root, real, strlen(real)) && tree->root[strlen(real)] == '/') {
		root = tree->root + strlen(real) + 1;
		len = strlen(root);
	}
	for (size_t i = 0; i < n; i++) {
		const char **members = calloc(pkgs[i].n_files + 1, sizeof(*members));

		for (size_t j = 0; members && j < pkgs[i].n_files; j++) {
			const char *f = pkgs[i].files[j];

			members[j] = root && !strncmp(f, root, len) && f[len] == '/' ? f + len + 1 : f;
		}
		xabi_corpus_add_package(c, pkgs[i].name, pkgs[i].version, members,
					members ? pkgs[i].n_files : 0);
		free(members);
	}
	xabi_tree_free(tree);
}

/* .deb files: unpacked, then read as a directory; the packages noted. */
static int load_debs(const struct cli_opts *o, const char *const *debs, size_t n,
		     const char *label, struct xabi_corpus **out)
{
	struct xabi_ctx ctx = { 0 };
	struct xabi_deb *pkgs = NULL;
	struct xabi_profile *profile = NULL;
	char *dir = NULL;
	int rc = load_profile(o, &profile);

	if (!rc && xabi_source_debs(&dir, &pkgs, debs, n, &ctx)) {
		cli_error("%s", ctx.message);
		rc = XABI_EXIT_ERROR;
	}
	if (!rc)
		rc = load_directory(o, dir, label, out);
	if (!rc && !*out) {
		cli_error("%s: no headers and no libraries in the package%s", label,
			  n == 1 ? "" : "s");
		rc = XABI_EXIT_ERROR;
	}
	/* Members as facts name them: headers relative to the header root. */
	if (!rc)
		record_packages(*out, profile, dir, pkgs, n);
	xabi_debs_free(pkgs, n);
	xabi_remove_tree(dir);
	free(dir);
	xabi_profile_free(profile);
	return rc;
}

/* A directory that holds .deb files and nothing else: all of them. */
static bool deb_directory(const char *dir, char ***debs, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	bool only = true;

	*debs = NULL;
	*n = 0;
	while (d && (e = readdir(d)))
		if (e->d_name[0] != '.') {
			if (!xabi_source_is_deb(e->d_name)) {
				only = false;
				continue;
			}
			*debs = realloc(*debs, (*n + 1) * sizeof(char *));
			(*debs)[(*n)++] = path_join(dir, e->d_name);
		}
	if (d)
		closedir(d);
	if (*n)
		qsort(*debs, *n, sizeof(char *), path_cmp);
	return only && *n;
}

/* --arch, --audience and --iface must name what a dump holds, as they
 * must name what a profile offers (a usage error, exit 2). */
static int check_dump_selection(const struct cli_opts *o, const char *source,
				struct xabi_corpus *c)
{
	struct xabi_selection sel = cli_selection(o);
	struct xabi_bitset *set = NULL;
	struct xabi_ctx ctx = { 0 };

	if (xabi_corpus_select(&set, c, &sel, &ctx)) {
		cli_error("%s: %s", source, ctx.message);
		return XABI_EXIT_USAGE;
	}
	xabi_bitset_free(set);
	return 0;
}

int cli_load(const struct cli_opts *o, const char *source, struct xabi_corpus **out)
{
	struct xabi_ctx ctx = { 0 };
	struct stat st;
	char **debs;
	size_t n;
	int rc;

	*out = NULL;
	if (!strncmp(source, "git:", 4))
		return extract_git(o, source, out);
	if (stat(source, &st) != 0) {
		cli_error("cannot open '%s': %s", source, strerror(errno));
		return XABI_EXIT_ERROR;
	}
	if (S_ISDIR(st.st_mode)) {
		if (deb_directory(source, &debs, &n))
			rc = load_debs(o, (const char *const *)debs, n, source, out);
		else
			rc = load_directory(o, source, source, out);
		for (size_t i = 0; i < n; i++)
			free(debs[i]);
		free(debs);
		return rc;
	}
	/* /dev/zero never ends and a FIFO may never open: what is neither a
	 * folder nor a regular file is no source, whatever its name. */
	if (!S_ISREG(st.st_mode)) {
		cli_error("'%s' is neither a directory nor a regular file", source);
		return XABI_EXIT_ERROR;
	}
	if (xabi_source_is_deb(source))
		return load_debs(o, &source, 1, source, out);
	if (xabi_elf_is_object(source))
		return cli_load_libraries(o, NULL, (char **)&source, 1, out);
	/* Else it is read as a dump: a header would be "not well-formed XML". */
	if (names_header(source)) {
		cli_error("'%s' is a header; a source is the folder that holds the headers "
			  "(or a tree above it), git:REV, a .deb, a library or an ABI dump",
			  source);
		return XABI_EXIT_ERROR;
	}
	if (xabi_dump_read(out, source, &o->limits, &ctx)) {
		cli_error("%s", ctx.message);
		return XABI_EXIT_ERROR;
	}
	return check_dump_selection(o, source, *out);
}

/* Whether loading SOURCE parses headers: all but dumps and ELF files. */
static bool parses_headers(const char *source)
{
	struct stat st;

	if (!strncmp(source, "git:", 4))
		return true;
	if (stat(source, &st) != 0)
		return false;
	return S_ISDIR(st.st_mode) || xabi_source_is_deb(source);
}

void cli_preload_frontend(const struct cli_opts *o)
{
	for (size_t i = 0; i < o->n_args; i++)
		if (parses_headers(o->args[i])) {
			xabi_frontend_preload();
			return;
		}
}

int cli_load_policy(const struct cli_opts *o, const struct xabi_corpus *new,
		    struct xabi_profile **profile, struct xabi_rules *rules)
{
	struct xabi_ctx ctx = { 0 };
	/* A dump knows the profile it was made with. */
	const char *from_dump = !o->profile_given && new && new->profile &&
				*new->profile ? new->profile : NULL;

	if (load_profile_of(o, from_dump, profile))
		return XABI_EXIT_ERROR;
	for (size_t i = 0; i < o->n_rules; i++)
		if (xabi_rules_load(rules, o->rules[i], &ctx)) {
			cli_error("%s", ctx.message);
			return XABI_EXIT_ERROR;
		}
	for (size_t i = 0; i < rules->n_warnings; i++)
		cli_warning(o, "%s", rules->warnings[i]);
	return 0;
}


/* Unpack the .deb files `debs` (or SOURCE alone) into a new folder. */
static int unpack_debs(const struct cli_opts *o, const char *const *debs, size_t n,
		       char **dir)
{
	struct xabi_profile *profile = NULL;
	struct xabi_deb *pkgs = NULL;
	struct xabi_ctx ctx = { 0 };
	int rc = load_profile(o, &profile);

	if (!rc && xabi_source_debs(dir, &pkgs, debs, n, &ctx)) {
		cli_error("%s", ctx.message);
		rc = XABI_EXIT_ERROR;
	}
	xabi_debs_free(pkgs, n);
	xabi_profile_free(profile);
	return rc;
}

/* git:REV's headers in a new folder. */
static int unpack_git(const struct cli_opts *o, const char *source, char **dir)
{
	struct xabi_profile *profile = NULL;
	struct xabi_ctx ctx = { 0 };
	int rc = load_profile(o, &profile);

	if (!rc && xabi_source_git(dir, source + 4, profile, &ctx)) {
		cli_error("%s", ctx.message);
		rc = XABI_EXIT_ERROR;
	}
	xabi_profile_free(profile);
	return rc;
}

int cli_source_folder(const struct cli_opts *o, const char *source, char **dir,
		      bool *temporary)
{
	struct stat st;
	char **debs = NULL;
	size_t n = 0;
	int rc = 0;

	*dir = NULL;
	*temporary = false;
	if (!strncmp(source, "git:", 4)) {
		rc = unpack_git(o, source, dir);
		*temporary = !rc;
		return rc;
	}
	if (stat(source, &st) != 0) {
		cli_error("cannot open '%s': %s", source, strerror(errno));
		return XABI_EXIT_ERROR;
	}
	if (S_ISDIR(st.st_mode) && deb_directory(source, &debs, &n)) {
		rc = unpack_debs(o, (const char *const *)debs, n, dir);
		*temporary = !rc;
	} else if (S_ISDIR(st.st_mode)) {
		*dir = strdup(source);
	} else if (S_ISREG(st.st_mode) && xabi_source_is_deb(source)) {
		rc = unpack_debs(o, &source, 1, dir);
		*temporary = !rc;
	}
	for (size_t i = 0; i < n; i++)
		free(debs[i]);
	free(debs);
	return rc;
}

int cli_diff(const struct cli_opts *o, const struct xabi_corpus *old,
	     const struct xabi_corpus *new, const struct xabi_profile *profile,
	     const struct xabi_rules *rules, struct xabi_diff **out)
{
	struct xabi_selection select = cli_selection(o);
	struct xabi_ctx ctx = { 0 };

	*out = NULL;
	if (xabi_diff_compute(out, old, new, &select, &ctx) ||
	    xabi_policy_apply(*out, profile, rules, &ctx)) {
		cli_error("%s", ctx.message);
		xabi_diff_free(*out);
		*out = NULL;
		return XABI_EXIT_ERROR;
	}
	return 0;
}
