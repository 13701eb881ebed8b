/* SPDX-License-Identifier: MIT */
/*
 * Temporary files and directories that must not outlive the process, even
 * when SIGINT, SIGTERM or SIGHUP stops it midway: registered paths are
 * removed by the signal handler (with async-signal-safe calls only), then
 * the signal takes its course. Normal exits remove them themselves and
 * unregister.
 */
#ifndef XABI_UTIL_CLEANUP_H
#define XABI_UTIL_CLEANUP_H

/* Remove `path` (a file, or a directory and all it holds) if a fatal
 * signal arrives. At most a few dozen at once; the path is copied. */
void xabi_cleanup_add(const char *path);
void xabi_cleanup_forget(const char *path);

struct xabi_ctx;

/* The folder for temporary files: $TMPDIR, or /tmp. Borrowed. */
const char *xabi_temp_base(void);

/* Create a fresh directory $TMPDIR/NAME.XXXXXX and register it with
 * xabi_cleanup_add(); *out is the caller's to remove and free. Returns 0,
 * or XABI_EIO (with the message in ctx). */
int xabi_temp_dir(char **out, const char *name, struct xabi_ctx *ctx);

#endif
