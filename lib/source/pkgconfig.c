/* SPDX-License-Identifier: MIT */
/*
 * The include folders a consumer compiles with: a package that keeps its
 * headers in a folder of their own (usr/include/libxml2/libxml/tree.h)
 * says so in its pkg-config file ("Cflags: -I${includedir}/libxml2"),
 * and its headers include each other as <libxml/xmlversion.h>. Read the
 * .pc files that sit beside the header root, and keep each -I folder that
 * lies under the root (see xabi_tree.include_dirs).
 */
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/file.h"
#include "unpack.h"

/* A .pc file larger than this is no package's. */
#define MAX_PC_BYTES (64 * 1024)
/* ${a} in ${b} in ...: deeper than this is a loop. */
#define MAX_EXPANSION 8

/* Where pkg-config files sit, relative to the folder given. */
static const char *const pc_globs[] = {
	"usr/lib/pkgconfig/*.pc", "usr/lib/*/pkgconfig/*.pc", "usr/share/pkgconfig/*.pc",
	"lib/pkgconfig/*.pc", "lib/*/pkgconfig/*.pc", "share/pkgconfig/*.pc",
};

struct pc_var {
	char *name, *value;
};

/* The value of variable `name` (a line "name=value"), or "". */
static const char *pc_lookup(const struct pc_var *vars, size_t n, const char *name,
			     size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(vars[i].name) == len && !strncmp(vars[i].name, name, len))
			return vars[i].value;
	return "";
}

/* `s` with every ${var} replaced, appended to `out`. */
static void pc_expand(struct xabi_buf *out, const char *s, const struct pc_var *vars,
		      size_t n, int depth)
{
	while (*s) {
		const char *end = !strncmp(s, "${", 2) ? strchr(s, '}') : NULL;

		if (!end) {
			xabi_buf_add(out, s, 1);
			s++;
			continue;
		}
		if (depth < MAX_EXPANSION)
			pc_expand(out, pc_lookup(vars, n, s + 2, (size_t)(end - s - 2)), vars, n,
				  depth + 1);
		s = end + 1;
	}
}

/* An -I folder as a folder under the root: what follows its "/include/"
 * ("/usr/include/libxml2" -> "libxml2"), when the root has it. */
static void keep_folder(struct xabi_tree *t, const char *path)
{
	const char *under = strstr(path, "/include/");
	struct stat st;
	char *full;

	if (!under || !under[9] || strstr(under + 9, ".."))
		return;
	under += 9;
	for (size_t i = 0; i < t->n_include_dirs; i++)
		if (!strcmp(t->include_dirs[i], under))
			return;
	full = xabi_tree_path(t, under);
	if (stat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
		t->include_dirs = xabi_xrealloc(t->include_dirs, (t->n_include_dirs + 1) *
						sizeof(*t->include_dirs));
		t->include_dirs[t->n_include_dirs++] = xabi_xstrdup(under);
	}
	free(full);
}

/* Each "-I..." of the Cflags line. */
static void keep_cflags(struct xabi_tree *t, char *cflags)
{
	char *save = NULL;

	for (char *w = strtok_r(cflags, " \t", &save); w; w = strtok_r(NULL, " \t", &save))
		if (!strncmp(w, "-I", 2))
			keep_folder(t, w + 2);
}

static void read_pc(struct xabi_tree *t, const char *path)
{
	struct pc_var *vars = NULL;
	size_t n = 0, len;
	char *text = NULL, *save = NULL;

	if (xabi_file_read(&text, &len, path, MAX_PC_BYTES, NULL))
		return;
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *eq = strchr(line, '='), *colon = strchr(line, ':');
		struct xabi_buf value = XABI_BUF_INIT;

		if (eq && (!colon || eq < colon)) {
			*eq = '\0';
			pc_expand(&value, eq + 1, vars, n, 0);
			vars = xabi_xrealloc(vars, (n + 1) * sizeof(*vars));
			vars[n++] = (struct pc_var){ xabi_xstrdup(line),
						     xabi_xstrdup(xabi_buf_cstr(&value)) };
		} else if (colon && !strncmp(line, "Cflags:", 7)) {
			char *cflags;

			pc_expand(&value, colon + 1, vars, n, 0);
			cflags = xabi_buf_detach(&value);
			if (cflags)
				keep_cflags(t, cflags);
			free(cflags);
		}
		xabi_buf_release(&value);
	}
	for (size_t i = 0; i < n; i++) {
		free(vars[i].name);
		free(vars[i].value);
	}
	free(vars);
	free(text);
}

void xabi_tree_read_pkgconfig(struct xabi_tree *t)
{
	for (size_t i = 0; i < sizeof(pc_globs) / sizeof(*pc_globs); i++) {
		char *pattern = xabi_xasprintf("%s/%s", t->given, pc_globs[i]);
		glob_t g;

		if (glob(pattern, 0, NULL, &g) == 0)
			for (size_t j = 0; j < g.gl_pathc; j++)
				read_pc(t, g.gl_pathv[j]);
		globfree(&g);
		free(pattern);
	}
}
