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

#endif
