/* SPDX-License-Identifier: MIT */
/*
 * --cache DIR: a header tree's extraction kept as an ABI dump named by
 * everything it depends on (extraction_key()), and read from there the
 * next time the same tree is asked for. In CI, with DIR kept between
 * pipelines, a patch's parent was the patch of the pipeline before: it is read, not parsed, and the patch itself parses
 * only what changed (lib/clang/reuse.c).
 */
#define _GNU_SOURCE /* asprintf */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load/loading.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/sha256.h"
#include "xabi/dump.h"

/* Fields end with NUL: no two keys hash alike by moving a boundary. */
static void key_field(struct xabi_buf *b, const char *s)
{
	xabi_buf_add(b, s ? s : "", strlen(s ? s : "") + 1);
}

/*
 * What a hosted profile also reads: the folders the tree's pkg-config
 * files add, and the C library, known by its features.h (which names the
 * glibc or musl release): an upgraded libc is another extraction.
 */
static void key_hosted(struct xabi_buf *b, const struct xabi_profile *profile,
		       const struct xabi_tree *tree)
{
	char *path = xabi_xasprintf("%s/usr/include/features.h",
				    profile->sysroot ? profile->sysroot : "");
	char *text = NULL, hex[XABI_SHA256_HEX];
	size_t len;

	for (size_t i = 0; i < tree->n_include_dirs; i++)
		key_field(b, tree->include_dirs[i]);
	if (!xabi_file_read(&text, &len, path, 1 << 20, NULL)) {
		xabi_sha256_hex(text, len, hex);
		key_field(b, hex);
	}
	free(text);
	free(path);
}

/*
 * The key of an extraction: SHA-256 (hex) of everything the corpus
 * xabi_extract() makes depends on, the versions of xabi and libclang, the
 * profile (`profile_file`'s bytes too, when it was read from a file), the
 * options that select (xabi_load_options_text()), the header root and every
 * header's path and bytes. Equal keys, equal corpora: a cache entry's name.
 */
static void extraction_key(const struct xabi_profile *profile, const char *profile_file,
			   const struct xabi_tree *tree, const struct xabi_scan *scan,
			   const char *options, char key[XABI_SHA256_HEX])
{
	struct xabi_buf b = XABI_BUF_INIT;
	char *clang = xabi_extract_clang_version(), *text = NULL, hex[XABI_SHA256_HEX];
	size_t len;

	key_field(&b, "xabi extraction 1");
	key_field(&b, XABI_VERSION);
	key_field(&b, clang);
	key_field(&b, profile->name);
	/* A profile file's rules may change under the same name. */
	if (profile_file && !xabi_file_read(&text, &len, profile_file, 0, NULL)) {
		xabi_sha256_hex(text, len, hex);
		key_field(&b, hex);
	}
	key_field(&b, options);
	key_field(&b, tree->layout);
	for (size_t i = 0; i < scan->n_files; i++) {
		key_field(&b, scan->files[i].path);
		key_field(&b, scan->files[i].digest);
	}
	for (size_t i = 0; i < tree->n_skipped; i++) {
		key_field(&b, tree->skipped[i].path);
		key_field(&b, tree->skipped[i].why);
	}
	if (profile->hosted)
		key_hosted(&b, profile, tree);
	xabi_sha256_hex(b.ptr, b.len, key);
	xabi_buf_release(&b);
	free(text);
	free(clang);
}

char *xabi_cache_path(const struct xabi_load_options *o, const struct xabi_profile *profile,
		      const struct xabi_tree *tree, const struct xabi_scan *scan,
		      const char *options)
{
	char key[XABI_SHA256_HEX], *path;

	if (!o->cache)
		return NULL;
	extraction_key(profile, o->profile, tree, scan, options, key);
	if (asprintf(&path, "%s/%s.abi.xml", o->cache, key) < 0)
		return NULL;
	return path;
}

int xabi_cache_read(const struct xabi_load_options *o, const char *path,
		    struct xabi_corpus **out)
{
	struct xabi_ctx ctx = { 0 };
	struct stat st;

	*out = NULL;
	if (stat(path, &st) || !S_ISREG(st.st_mode))
		return -1;
	if (xabi_dump_read(out, path, &o->limits, &ctx)) {
		xabi_load_warn(o, "--cache: %s; parsing instead", ctx.message);
		return -1;
	}
	return 0;
}

/* mkdir -p DIR: 0, or -1 with errno set. */
static int make_folders(const char *dir)
{
	char *path = strdup(dir);
	int rc = 0;

	if (!path)
		return -1;
	for (char *p = strchr(path + 1, '/'); p && !rc; p = strchr(p + 1, '/')) {
		*p = '\0';
		if (mkdir(path, 0777) && errno != EEXIST)
			rc = -1;
		*p = '/';
	}
	if (!rc && mkdir(path, 0777) && errno != EEXIST)
		rc = -1;
	free(path);
	return rc;
}

void xabi_cache_write(const struct xabi_load_options *o, const char *path,
		      const struct xabi_corpus *c)
{
	struct xabi_ctx ctx = { 0 };
	char *tmp;
	FILE *fp;
	int fd, err;

	if (asprintf(&tmp, "%s.XXXXXX", path) < 0)
		return;
	if (make_folders(o->cache)) {
		xabi_load_warn(o, "--cache %s: %s; nothing is kept", o->cache, strerror(errno));
		free(tmp);
		return;
	}
	/* Written aside and renamed: a run that is interrupted, or two that
	 * run at once, never leave half a dump under the final name. */
	fd = mkstemp(tmp);
	fp = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (fd >= 0 && !fp)
		close(fd);
	err = !fp || xabi_dump_write(c, fp, &ctx);
	if (fp && fclose(fp))
		err = 1;
	if (!err && rename(tmp, path))
		err = 1;
	if (err) {
		xabi_load_warn(o, "--cache: cannot write %s: %s; nothing is kept", path,
			    ctx.message[0] ? ctx.message : strerror(errno));
		if (fd >= 0)
			unlink(tmp);
	}
	free(tmp);
}
