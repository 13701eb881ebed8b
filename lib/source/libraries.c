/* SPDX-License-Identifier: MIT */
/* Finding the libraries of an installed tree: lib*\/ and usr/lib*\/. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/alloc.h"
#include "util/order.h"
#include "xabi/elf.h"
#include "xabi/source.h"

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
		qsort(*out, *n, sizeof(**out), xabi_order_strings);
}
