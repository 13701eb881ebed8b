/* SPDX-License-Identifier: MIT */
/*
 * The libraries of a source: found in an installed tree (lib*\/ and
 * usr/lib*\/), and read into a corpus (given alone, into one of their own).
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "source/loading.h"
#include "util/alloc.h"
#include "xabi/elf.h"

#define MAX_DEPTH 8

static bool library_name(const char *name)
{
	size_t n = strlen(name);

	return (n > 3 && !strcmp(name + n - 3, ".so")) || strstr(name, ".so.") ||
	       (n > 2 && !strcmp(name + n - 2, ".a"));
}

static void walk(const char *dir, const char *rel, int depth, char ***out, size_t *n)
{
	char *abs = xabi_xasprintf("%s/%s", dir, rel);
	DIR *d = opendir(abs);
	struct dirent *e;

	while (d && depth <= MAX_DEPTH && (e = readdir(d))) {
		char *sub, *path;
		struct stat st;

		if (e->d_name[0] == '.')
			continue;
		sub = xabi_xasprintf("%s/%s", rel, e->d_name);
		path = xabi_xasprintf("%s/%s", dir, sub);
		/* lstat: symbolic links (libfoo.so -> libfoo.so.1) are the
		 * same library, and a link to a directory could loop. */
		if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			walk(dir, sub, depth + 1, out, n);
		} else if (S_ISREG(st.st_mode) && library_name(e->d_name) &&
			   xabi_elf_is_object(path)) {
			*out = xabi_xrealloc(*out, (*n + 1) * sizeof(char *));
			(*out)[(*n)++] = sub;
			sub = NULL;
		}
		free(sub);
		free(path);
	}
	if (d)
		closedir(d);
	free(abs);
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void xabi_source_find_libraries(const char *dir, char ***out, size_t *n)
{
	static const char *const roots[] = { ".", "usr", NULL };

	*out = NULL;
	*n = 0;
	for (const char *const *r = roots; *r; r++) {
		char *abs = xabi_xasprintf("%s/%s", dir, *r);
		DIR *d = opendir(abs);
		struct dirent *e;

		while (d && (e = readdir(d)))
			if (!strncmp(e->d_name, "lib", 3)) {
				char *rel = strcmp(*r, ".") ? xabi_xasprintf("%s/%s", *r, e->d_name) :
					xabi_xstrdup(e->d_name);
				char *path = xabi_xasprintf("%s/%s", dir, rel);
				struct stat st;

				if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
					walk(dir, rel, 0, out, n);
				free(rel);
				free(path);
			}
		if (d)
			closedir(d);
		free(abs);
	}
	if (*n)
		qsort(*out, *n, sizeof(**out), cmp);
}

/* A corpus for libraries alone: their arch, the profile's default
 * audiences (so it meets header corpora of the same profile), no versions. */
static int library_corpus(struct xabi_corpus **out, const char *arch,
			  const struct xabi_load_options *o, struct xabi_ctx *ctx)
{
	struct xabi_profile *profile = NULL;

	if (xabi_load_profile(&profile, o, NULL, ctx))
		return ctx->code;
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

int xabi_source_load_libraries(struct xabi_corpus **c, const char *dir,
			       char *const *files, size_t n,
			       const struct xabi_load_options *o, struct xabi_ctx *ctx)
{
	int rc = 0;

	for (size_t i = 0; !rc && i < n; i++) {
		struct xabi_elf_object *obj = NULL;
		char *path = dir ? xabi_xasprintf("%s/%s", dir, files[i]) :
			     xabi_xstrdup(files[i]);
		/* A library given alone is known by its file name, so that
		 * two versions of it in different folders match. */
		const char *name = dir || !strrchr(files[i], '/') ? files[i] :
				   strrchr(files[i], '/') + 1;

		rc = xabi_elf_read(&obj, path, ctx);
		if (!rc && !*c)
			rc = library_corpus(c, obj->arch, o, ctx);
		if (!rc)
			rc = xabi_elf_add_facts(*c, obj, name, ctx);
		xabi_elf_free(obj);
		free(path);
	}
	if (*c)
		xabi_corpus_finish(*c);
	return rc;
}
