/* SPDX-License-Identifier: MIT */
/*
 * git:REV sources: the headers of a revision, read with `git archive`
 * (never a checkout) and unpacked with libarchive into a temporary
 * directory.
 *
 * Both sides of a diff load on their own threads, so every descriptor made
 * here is close-on-exec: a git started by one side must not hold the other
 * side's pipe, or that side's end of file waits for the wrong process.
 */
#define _GNU_SOURCE
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/cleanup.h"
#include "unpack.h"
#include "xabi/source.h"

extern char **environ;

/* Run git with `argv`; its standard output to `out_fd` (or /dev/null),
 * its standard error to ours or, when `quiet`, to /dev/null. Returns its
 * exit status, or -1 if it could not run. Redirections are the child's
 * own: sides load in parallel threads, so ours must never move. */
static int run_git(char *const argv[], int out_fd, bool quiet)
{
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int status, devnull = -1, rc;

	if (out_fd < 0 || quiet)
		devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, out_fd < 0 ? devnull : out_fd, STDOUT_FILENO);
	if (quiet)
		posix_spawn_file_actions_adddup2(&fa, devnull, STDERR_FILENO);
	rc = posix_spawnp(&pid, "git", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (devnull >= 0)
		close(devnull);
	if (rc != 0)
		return -1;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Quietly: does `rev:path` exist? Absence is an answer here, not an
 * error to show. */
static bool git_has(const char *rev, const char *path)
{
	char *spec = xabi_xasprintf("%s:%s", rev, path);
	char *argv[] = { (char *)"git", (char *)"cat-file", (char *)"-e", spec, NULL };
	int rc = run_git(argv, -1, true);

	free(spec);
	return rc == 0;
}

/* Unpack the .h files of a tar stream read from fd into dir. */
static int unpack(int fd, const char *dir, const char *what, struct xabi_ctx *ctx)
{
	struct archive *a = archive_read_new();
	struct archive_entry *e;
	int rc, err = 0;

	archive_read_support_format_tar(a);
	if (archive_read_open_fd(a, fd, 65536) != ARCHIVE_OK) {
		err = XABI_ERROR(ctx, XABI_EIO, "%s: %s", what, archive_error_string(a));
		goto out;
	}
	while ((rc = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
		const char *name = archive_entry_pathname(e);

		if (archive_entry_filetype(e) != AE_IFREG || !xabi_source_is_header(name) ||
		    strstr(name, "..") || name[0] == '/')
			continue;
		err = xabi_source_unpack_entry(a, dir, name, what, ctx);
		if (err)
			goto out;
	}
	if (rc != ARCHIVE_EOF)
		err = XABI_ERROR(ctx, XABI_EIO, "%s: %s", what, archive_error_string(a));
out:
	archive_read_free(a);
	return err;
}

/* Read fd to its end before waiting for git. The tar's end-of-archive
 * records come before the zeros git pads its last block with, and a failed
 * unpack stops anywhere: closing the pipe there would kill git with
 * SIGPIPE, and git's death would read as a failure of git's. */
static void drain(int fd)
{
	char buf[16384];
	ssize_t n;

	while ((n = read(fd, buf, sizeof(buf))) > 0 || (n < 0 && errno == EINTR))
		;
}

int xabi_source_git(char **out, const char *rev, const struct xabi_profile *profile,
		    struct xabi_ctx *ctx)
{
	char *dir = NULL;
	char *what = xabi_xasprintf("git:%s", rev);
	const char *subtree = NULL;
	char *verify[] = { (char *)"git", (char *)"rev-parse", (char *)"--verify", (char *)"--quiet",
			   NULL, NULL };
	char *commit = xabi_xasprintf("%s^{commit}", rev);
	int pipefd[2] = { -1, -1 }, err = 0, status;
	pid_t pid;
	posix_spawn_file_actions_t fa;

	*out = NULL;
	verify[4] = commit;
	if (run_git(verify, -1, false) != 0) {
		err = XABI_ERROR(ctx, XABI_ENOTFOUND, "%s: no such revision in the git "
				 "repository of the current directory", what);
		goto out;
	}
	/* Archive only the header root when a layout names it. */
	for (size_t i = 0; i < profile->n_layouts && !subtree; i++) {
		char *marker = profile->root_marker ?
			xabi_xasprintf("%s/%s", profile->layouts[i], profile->root_marker) : NULL;

		if (strcmp(profile->layouts[i], ".") && marker && git_has(rev, marker))
			subtree = profile->layouts[i];
		free(marker);
	}
	err = xabi_temp_dir(&dir, "xabi-git", ctx);
	if (err)
		goto out;
	if (pipe2(pipefd, O_CLOEXEC) != 0) {
		err = XABI_ERROR(ctx, XABI_EIO, "cannot create a pipe: %s", strerror(errno));
		goto out;
	}
	{
		char *argv[] = { (char *)"git", (char *)"archive", (char *)"--format=tar",
				 (char *)rev, (char *)subtree, NULL };

		posix_spawn_file_actions_init(&fa);
		posix_spawn_file_actions_adddup2(&fa, pipefd[1], STDOUT_FILENO);
		if (posix_spawnp(&pid, "git", &fa, NULL, argv, environ) != 0) {
			posix_spawn_file_actions_destroy(&fa);
			err = XABI_ERROR(ctx, XABI_ENOTFOUND, "%s: cannot run git", what);
			goto out;
		}
		posix_spawn_file_actions_destroy(&fa);
	}
	close(pipefd[1]);
	pipefd[1] = -1;
	err = unpack(pipefd[0], dir, what, ctx);
	drain(pipefd[0]);
	close(pipefd[0]);
	pipefd[0] = -1;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (!err && (!WIFEXITED(status) || WEXITSTATUS(status) != 0))
		err = XABI_ERROR(ctx, XABI_EIO, "%s: git archive failed", what);
out:
	if (pipefd[0] >= 0)
		close(pipefd[0]);
	if (pipefd[1] >= 0)
		close(pipefd[1]);
	if (err) {
		xabi_remove_tree(dir);
		free(dir);
	} else {
		*out = dir;
	}
	free(what);
	free(commit);
	return err;
}

int xabi_git_tags(char ***out, size_t *n, const char *pattern, struct xabi_ctx *ctx)
{
	char *argv[] = { (char *)"git", (char *)"tag", (char *)"-l", (char *)"--sort=version:refname",
			 (char *)pattern, NULL };
	char *path = xabi_xasprintf("%s/xabi-tags.XXXXXX", xabi_temp_base());
	int fd = mkstemp(path), rc;
	FILE *fp;
	char line[4096];

	*out = NULL;
	*n = 0;
	if (fd < 0) {
		rc = XABI_ERROR(ctx, XABI_EIO, "cannot create a temporary file in '%s': %s",
				xabi_temp_base(), strerror(errno));
		free(path);
		return rc;
	}
	unlink(path);
	free(path);
	rc = run_git(argv, fd, false);
	if (rc != 0) {
		close(fd);
		return XABI_ERROR(ctx, XABI_ENOTFOUND, "cannot list the tags: 'git tag' %s "
				  "(is the current directory a git repository?)",
				  rc < 0 ? "did not run" : "failed");
	}
	lseek(fd, 0, SEEK_SET);
	fp = fdopen(fd, "r");
	while (fp && fgets(line, sizeof(line), fp)) {
		line[strcspn(line, "\n")] = '\0';
		if (!*line)
			continue;
		*out = xabi_xrealloc(*out, (*n + 1) * sizeof(char *));
		(*out)[(*n)++] = xabi_xstrdup(line);
	}
	if (fp)
		fclose(fp);
	else
		close(fd);
	return 0;
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)type;
	(void)ftw;
	remove(path);
	return 0;
}

void xabi_remove_tree(const char *dir)
{
	struct stat st;

	if (dir && lstat(dir, &st) == 0)
		nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	if (dir)
		xabi_cleanup_forget(dir);
}
