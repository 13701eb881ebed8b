/* SPDX-License-Identifier: MIT */
/*
 * --cache DIR: a header tree's extraction kept as an ABI dump named by
 * everything it depends on (xabi_extract_key()), and read from there the
 * next time the same tree is asked for. In CI,
 * with DIR kept between pipelines, a patch's parent was the patch of the
 * pipeline before: it is read, not parsed, and the patch itself parses
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
#include "xabi/dump.h"

char *xabi_cache_path(const struct xabi_load_options *o, const struct xabi_profile *profile,
		      const struct xabi_tree *tree, const struct xabi_scan *scan,
		      const char *options)
{
	char key[XABI_EXTRACT_KEY], *path;

	if (!o->cache)
		return NULL;
	xabi_extract_key(profile, o->profile, tree, scan, options, key);
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
