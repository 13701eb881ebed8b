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
#include <ctype.h>
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

/* An unlinked temporary file: a git's standard output or error. A file,
 * not a pipe, so that git never waits for a reader. */
static int temp_file(int *out, struct xabi_ctx *ctx)
{
	char *path = xabi_xasprintf("%s/xabi-git.XXXXXX", xabi_temp_base());
	int fd = mkostemp(path, O_CLOEXEC);

	*out = fd;
	if (fd < 0) {
		int err = XABI_ERROR(ctx, XABI_EIO, "cannot create a temporary file in '%s': %s",
				     xabi_temp_base(), strerror(errno));

		free(path);
		return err;
	}
	unlink(path);
	free(path);
	return 0;
}

/* Start git for `what` (the source as the user spelled it) with `argv`,
 * its standard output to `out_fd` and its standard error to `err_fd` (-1:
 * /dev/null). Redirections are the child's own: sides load in parallel
 * threads, so ours must never move. XABI_ENOTFOUND when git cannot run. */
static int git_start(pid_t *pid, char *const argv[], int out_fd, int err_fd, const char *what,
		     struct xabi_ctx *ctx)
{
	posix_spawn_file_actions_t fa;
	int devnull = -1, rc;

	if (out_fd < 0 || err_fd < 0)
		devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if ((out_fd < 0 || err_fd < 0) && devnull < 0)
		return XABI_ERROR(ctx, XABI_EIO, "cannot open '/dev/null': %s", strerror(errno));
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, out_fd < 0 ? devnull : out_fd, STDOUT_FILENO);
	posix_spawn_file_actions_adddup2(&fa, err_fd < 0 ? devnull : err_fd, STDERR_FILENO);
	rc = posix_spawnp(pid, "git", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (devnull >= 0)
		close(devnull);
	if (rc)
		return XABI_ERROR(ctx, XABI_ENOTFOUND, "%s: cannot run git: %s", what, strerror(rc));
	return 0;
}

/* The last non-empty line of what git wrote to `fd` (its "fatal: ..."),
 * into buf; false if it wrote nothing or fd is -1. */
static bool last_line(char *buf, size_t size, int fd)
{
	off_t end = lseek(fd, 0, SEEK_END);
	off_t from = end > (off_t)size - 1 ? end - ((off_t)size - 1) : 0;
	ssize_t n = pread(fd, buf, size - 1, from);
	char *line;

	if (n <= 0)
		return false;
	buf[n] = '\0';
	while (n > 0 && isspace((unsigned char)buf[n - 1]))
		buf[--n] = '\0';
	line = strrchr(buf, '\n');
	line = line ? line + 1 : buf;
	memmove(buf, line, strlen(line) + 1);
	return *buf != '\0';
}

/* Wait for git `cmd` started for `what`. 0 if it exited with 0; otherwise
 * an error that says why: git's own last line on standard error (read back
 * from err_fd), or the signal that ended it. */
static int git_finish(pid_t pid, int err_fd, const char *what, const char *cmd,
		      struct xabi_ctx *ctx)
{
	char why[512];
	int status;

	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return XABI_ERROR(ctx, XABI_EGENERIC, "%s: cannot wait for git %s: %s",
					  what, cmd, strerror(errno));
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFSIGNALED(status)) {
		const char *sig = sigabbrev_np(WTERMSIG(status));

		return sig ? XABI_ERROR(ctx, XABI_EIO, "%s: git %s was killed by SIG%s", what, cmd, sig)
			   : XABI_ERROR(ctx, XABI_EIO, "%s: git %s was killed by signal %d", what, cmd,
					WTERMSIG(status));
	}
	if (last_line(why, sizeof(why), err_fd))
		return XABI_ERROR(ctx, XABI_EIO, "%s: git %s failed: %s", what, cmd, why);
	return XABI_ERROR(ctx, XABI_EIO, "%s: git %s failed with exit status %d", what, cmd,
			  WEXITSTATUS(status));
}

/* Run git to its end, its standard output to `out_fd` (-1: /dev/null);
 * errors as git_start() and git_finish() say. */
static int run_git(char *const argv[], int out_fd, const char *what, struct xabi_ctx *ctx)
{
	int err_fd, err;
	pid_t pid;

	err = temp_file(&err_fd, ctx);
	if (err)
		return err;
	err = git_start(&pid, argv, out_fd, err_fd, what, ctx);
	if (!err)
		err = git_finish(pid, err_fd, what, argv[1], ctx);
	close(err_fd);
	return err;
}

/* Quietly: does `rev:path` exist? Absence is an answer here, not an
 * error to show. */
static bool git_has(const char *rev, const char *path)
{
	char *spec = xabi_xasprintf("%s:%s", rev, path);
	char *argv[] = { (char *)"git", (char *)"cat-file", (char *)"-e",
			 (char *)"--end-of-options", spec, NULL };
	pid_t pid;
	bool found = git_start(&pid, argv, -1, -1, spec, NULL) == 0 &&
		     git_finish(pid, -1, spec, argv[1], NULL) == 0;

	free(spec);
	return found;
}

/* The profile's header root at `rev` when a layout names one (only it is
 * archived), or NULL for the whole tree. */
static const char *find_subtree(const char *rev, const struct xabi_profile *profile)
{
	const char *subtree = NULL;

	for (size_t i = 0; i < profile->n_layouts && !subtree && profile->root_marker; i++) {
		char *marker = xabi_xasprintf("%s/%s", profile->layouts[i], profile->root_marker);

		if (strcmp(profile->layouts[i], ".") && git_has(rev, marker))
			subtree = profile->layouts[i];
		free(marker);
	}
	return subtree;
}

/* Unpack the .h files of a tar stream read from fd into dir. */
static int unpack(int fd, const char *dir, const char *what, struct xabi_ctx *ctx)
{
	struct archive *a = archive_read_new();
	struct archive_entry *e;
	struct xabi_unpack_budget budget = XABI_UNPACK_BUDGET_INIT;
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
		err = xabi_source_unpack_entry(a, e, dir, name, what, &budget, ctx);
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

/* Stream `git archive rev [subtree]` into dir. When git fails, its reason
 * is the error: it explains a truncated stream better than the unpacker. */
static int archive_into(const char *dir, const char *rev, const char *subtree,
			const char *what, struct xabi_ctx *ctx)
{
	char *argv[] = { (char *)"git", (char *)"archive", (char *)"--format=tar",
			 (char *)"--end-of-options", (char *)rev, (char *)subtree, NULL };
	int pipefd[2], err_fd, err, git_err;
	pid_t pid;

	err = temp_file(&err_fd, ctx);
	if (err)
		return err;
	if (pipe2(pipefd, O_CLOEXEC) != 0) {
		err = XABI_ERROR(ctx, XABI_EIO, "cannot create a pipe: %s", strerror(errno));
		goto close_err;
	}
	err = git_start(&pid, argv, pipefd[1], err_fd, what, ctx);
	close(pipefd[1]);
	if (err)
		goto close_pipe;
	err = unpack(pipefd[0], dir, what, ctx);
	drain(pipefd[0]);
	/* Last, so that git's reason replaces the unpacker's message. */
	git_err = git_finish(pid, err_fd, what, "archive", ctx);
	if (git_err)
		err = git_err;
close_pipe:
	close(pipefd[0]);
close_err:
	close(err_fd);
	return err;
}

int xabi_source_git(char **out, const char *rev, const struct xabi_profile *profile,
		    struct xabi_ctx *ctx)
{
	char *what = xabi_xasprintf("git:%s", rev);
	char *dir = NULL;
	int err = xabi_temp_dir(&dir, "xabi-git", ctx);

	*out = NULL;
	if (!err)
		err = archive_into(dir, rev, find_subtree(rev, profile), what, ctx);
	if (err) {
		xabi_remove_tree(dir);
		free(dir);
	} else {
		*out = dir;
	}
	free(what);
	return err;
}

int xabi_git_tags(char ***out, size_t *n, const char *pattern, struct xabi_ctx *ctx)
{
	char *argv[] = { (char *)"git", (char *)"tag", (char *)"-l", (char *)"--sort=version:refname",
			 (char *)pattern, NULL };
	int fd, err;
	FILE *fp;
	char line[4096];

	*out = NULL;
	*n = 0;
	err = temp_file(&fd, ctx);
	if (err)
		return err;
	err = run_git(argv, fd, "cannot list the tags", ctx);
	if (err) {
		close(fd);
		return err;
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
