/* SPDX-License-Identifier: MIT */
/*
 * What libclang may read. Left to itself it follows any #include: one of
 * "../../../../etc/passwd" was read and its first identifier printed in an
 * error, one of "/dev/zero" or of a FIFO never ended. Every parse therefore
 * sees the file system through a VFS overlay that maps only:
 *   - each header the tree listed (regular files inside the root);
 *   - the same again under <alias_dir>/<alias>, for the profile's include
 *     alias ("public/xen.h");
 *   - the compiler's own resource headers (stdint.h, stddef.h);
 *   - the folders given with -I, which the user chose;
 *   - for a hosted profile, the C library's <sysroot>/usr/include;
 * and nothing else ("fallthrough": false): any other #include is "not
 * found" without being opened. The umbrella itself is an unsaved file.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/cleanup.h"
#include "frontend.h"

/* A YAML double-quoted string: paths may hold any byte but NUL. */
static void put_string(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
		if (*c == '"' || *c == '\\')
			fprintf(fp, "\\%c", *c);
		else if (*c < 0x20 || *c == 0x7f)
			fprintf(fp, "\\u%04x", *c);
		else
			fputc(*c, fp);
	}
	fputc('"', fp);
}

static void put_entry(FILE *fp, bool *first, const char *type, const char *name,
		      const char *external)
{
	fputs(*first ? "\n  { \"type\": " : ",\n  { \"type\": ", fp);
	*first = false;
	put_string(fp, type);
	fputs(", \"name\": ", fp);
	put_string(fp, name);
	fputs(", \"external-contents\": ", fp);
	put_string(fp, external);
	fputs(" }", fp);
}

/* A folder by the name clang will look it up under (absolute) and, when
 * that name goes through links, by its real name too. */
static void put_folder(FILE *fp, bool *first, const char *dir)
{
	char real[PATH_MAX], cwd[PATH_MAX];
	char *name;

	if (!realpath(dir, real))
		return;
	name = dir[0] == '/' || !getcwd(cwd, sizeof(cwd)) ? xabi_xstrdup(dir) :
		xabi_xasprintf("%s/%s", cwd, dir);
	put_entry(fp, first, "directory-remap", name, real);
	if (strcmp(name, real))
		put_entry(fp, first, "directory-remap", real, real);
	free(name);
}

static void note_resource_dir(CXFile file, CXSourceLocation *stack, unsigned depth,
			      CXClientData data)
{
	char **dir = data;
	CXString name;
	const char *path, *slash;

	(void)stack;
	if (depth == 0 || *dir)
		return;
	name = clang_getFileName(file);
	path = clang_getCString(name);
	slash = path ? strrchr(path, '/') : NULL;
	if (slash)
		*dir = xabi_xstrndup(path, (size_t)(slash - path));
	clang_disposeString(name);
}

static char *resource_dir;

/* Where this libclang keeps its resource headers: found by asking it for
 * <stddef.h> once, since the folder's name varies between LLVM versions
 * and distributions (and may be reached through a link). */
static void find_resource_dir(void)
{
	static const char probe[] = "#include <stddef.h>\n";
	const char *const args[] = { "-xc", "-ffreestanding", "-nostdlibinc" };
	struct CXUnsavedFile file = { "/.xabi-resource-probe.c", probe, sizeof(probe) - 1 };
	CXIndex idx = clang_createIndex(0, 0);
	CXTranslationUnit tu;

	if (clang_parseTranslationUnit2(idx, file.Filename, args, 3, &file, 1,
					CXTranslationUnit_None, &tu) == CXError_Success) {
		clang_getInclusions(tu, note_resource_dir, &resource_dir);
		clang_disposeTranslationUnit(tu);
	}
	clang_disposeIndex(idx);
}

static void write_overlay(FILE *fp, const struct xabi_frontend *fe)
{
	const struct xabi_tree *tree = fe->tree;
	const char *alias = fe->profile->include_alias;
	bool first = true;

	fputs("{ \"version\": 0, \"fallthrough\": false, \"roots\": [", fp);
	for (size_t i = 0; i < tree->n_headers; i++) {
		char *path = xabi_tree_path(tree, tree->headers[i]);

		put_entry(fp, &first, "file", path, path);
		if (alias) {
			char *aliased = xabi_xasprintf("%s/%s/%s", fe->alias_dir, alias,
						       tree->headers[i]);

			put_entry(fp, &first, "file", aliased, path);
			free(aliased);
		}
		free(path);
	}
	if (resource_dir)
		put_folder(fp, &first, resource_dir);
	for (size_t i = 0; i < fe->profile->n_flags; i++)
		if (!strncmp(fe->profile->flags[i], "-I", 2) && fe->profile->flags[i][2])
			put_folder(fp, &first, fe->profile->flags[i] + 2);
	if (fe->profile->hosted) {
		char *libc = xabi_xasprintf("%s/usr/include", fe->profile->sysroot ?
					    fe->profile->sysroot : "");

		put_folder(fp, &first, libc);
		free(libc);
	}
	fputs("\n] }\n", fp);
}

int xabi_overlay_make(struct xabi_frontend *fe, char **tmpdir, struct xabi_ctx *ctx)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	FILE *fp;
	int err;

	*tmpdir = NULL;
	pthread_once(&once, find_resource_dir);
	err = xabi_temp_dir(tmpdir, "xabi", ctx);
	if (err)
		return err;
	fe->overlay = xabi_xasprintf("%s/overlay.yaml", *tmpdir);
	if (fe->profile->include_alias)
		fe->alias_dir = xabi_xasprintf("%s/include", *tmpdir);
	fp = fopen(fe->overlay, "w");
	if (!fp)
		return XABI_ERROR(ctx, XABI_EIO, "cannot write '%s': %s",
				  fe->overlay, strerror(errno));
	write_overlay(fp, fe);
	return fclose(fp) == 0 ? 0 :
		XABI_ERROR(ctx, XABI_EIO, "cannot write '%s'", fe->overlay);
}

void xabi_overlay_remove(struct xabi_frontend *fe, char *tmpdir)
{
	if (fe->overlay)
		unlink(fe->overlay);
	if (tmpdir) {
		rmdir(tmpdir);
		xabi_cleanup_forget(tmpdir);
	}
	free(fe->overlay);
	free(fe->alias_dir);
	free(tmpdir);
	fe->overlay = fe->alias_dir = NULL;
}
