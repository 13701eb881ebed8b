/* SPDX-License-Identifier: MIT */
/*
 * git:REV sources: the headers of a revision, read with `git archive`
 * (never a checkout) and unpacked with libarchive into a temporary
 * directory.
 *
 * Both sides of a diff load on their own threads, so every descriptor made
 * here is close-on-exec: a git started by one side must not hold the other
 * side's pipe, or that side's end of file waits for the wrong process.
 *
 * One file past 500 lines: running git safely (pipes, close-on-exec, exit
 * status and signals, git's own last line as the reason) is half of it,
 * and archives, tags and the release a revision builds on all run git
 * that way.
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
#include "../util/buf.h"
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

/* Wait for git `cmd` started for `what`, its wait status into *status. */
static int git_wait(int *status, pid_t pid, const char *what, const char *cmd,
		    struct xabi_ctx *ctx)
{
	while (waitpid(pid, status, 0) < 0)
		if (errno != EINTR)
			return XABI_ERROR(ctx, XABI_EGENERIC, "%s: cannot wait for git %s: %s",
					  what, cmd, strerror(errno));
	return 0;
}

/* Why git `cmd`, started for `what`, ended with wait status `status`: git's
 * own last line on standard error (read back from err_fd), or the signal
 * that ended it. */
static int git_failure(int status, int err_fd, const char *what, const char *cmd,
		       struct xabi_ctx *ctx)
{
	char why[512];

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

/* Wait for git `cmd` started for `what`. 0 if it exited with 0; otherwise
 * an error that says why (git_failure()). */
static int git_finish(pid_t pid, int err_fd, const char *what, const char *cmd,
		      struct xabi_ctx *ctx)
{
	int status, err = git_wait(&status, pid, what, cmd, ctx);

	if (err || (WIFEXITED(status) && WEXITSTATUS(status) == 0))
		return err;
	return git_failure(status, err_fd, what, cmd, ctx);
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

/* Run git to its end for a yes (0) or a no (1) in *out, as `merge-base
 * --is-ancestor` answers, its standard output to `out_fd` (-1: /dev/null).
 * Any other end is an error that says why (git_failure()). */
static int git_answer(int *out, char *const argv[], int out_fd, const char *what,
		      struct xabi_ctx *ctx)
{
	int err_fd, status, err;
	pid_t pid;

	*out = -1;
	err = temp_file(&err_fd, ctx);
	if (err)
		return err;
	err = git_start(&pid, argv, out_fd, err_fd, what, ctx);
	if (!err)
		err = git_wait(&status, pid, what, argv[1], ctx);
	if (!err && WIFEXITED(status) && WEXITSTATUS(status) <= 1)
		*out = WEXITSTATUS(status);
	else if (!err)
		err = git_failure(status, err_fd, what, argv[1], ctx);
	close(err_fd);
	return err;
}

/* Whether `rev` holds the profile's header root where one of its layouts
 * puts it, looked for in the order a tree on disk is (always, for a
 * profile that names no marker); *subtree is then the layout to archive,
 * or NULL for the whole tree. */
static bool find_root(const char **subtree, const char *rev, const struct xabi_profile *profile)
{
	*subtree = NULL;
	if (!profile->root_marker)
		return true;
	for (size_t i = 0; i < profile->n_layouts; i++) {
		bool top = !strcmp(profile->layouts[i], ".");
		char *marker = top ? xabi_xstrdup(profile->root_marker) :
			       xabi_xasprintf("%s/%s", profile->layouts[i], profile->root_marker);
		bool found = git_has(rev, marker);

		free(marker);
		if (found) {
			*subtree = top ? NULL : profile->layouts[i];
			return true;
		}
	}
	return false;
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

/* "no xen headers (looked for xen-compat.h in: xen/include/public, ...)" */
static int no_root(const struct xabi_profile *profile, struct xabi_ctx *ctx)
{
	struct xabi_buf where = XABI_BUF_INIT;
	int err;

	for (size_t i = 0; i < profile->n_layouts; i++)
		xabi_buf_printf(&where, "%s%s", i ? ", " : "", profile->layouts[i]);
	err = XABI_ERROR(ctx, XABI_ENOTFOUND, "no %s headers (looked for %s in: %s)",
			 profile->name, profile->root_marker, xabi_buf_cstr(&where));
	xabi_buf_release(&where);
	return err;
}

/* Whether `rev` holds the profile's header root (find_root()); when it
 * does not, ctx's message says so, as xabi_git_has_root() documents. */
static int check_root(bool *out, const char **subtree, const char *rev,
		      const struct xabi_profile *profile, const char *what, struct xabi_ctx *ctx)
{
	char *tree = xabi_xasprintf("%s^{tree}", rev);
	char *argv[] = { (char *)"git", (char *)"cat-file", (char *)"-e",
			 (char *)"--end-of-options", tree, NULL };
	int err = 0;

	*out = find_root(subtree, rev, profile);
	/* No marker anywhere may mean no such revision: git says which. */
	if (!*out)
		err = run_git(argv, -1, what, ctx);
	if (!*out && !err)
		no_root(profile, ctx);
	free(tree);
	return err;
}

int xabi_git_has_root(bool *out, const char *rev, const struct xabi_profile *profile,
		      struct xabi_ctx *ctx)
{
	char *what = xabi_xasprintf("git:%s", rev);
	const char *subtree;
	int err = check_root(out, &subtree, rev, profile, what, ctx);

	free(what);
	return err;
}

int xabi_source_git(char **out, const char *rev, const struct xabi_profile *profile,
		    struct xabi_ctx *ctx)
{
	char *what = xabi_xasprintf("git:%s", rev);
	char *dir = NULL;
	struct xabi_ctx probe = { 0 };
	const char *subtree = NULL;
	bool found = false;
	int err = xabi_temp_dir(&dir, "xabi-git", ctx);

	*out = NULL;
	/* A revision without the profile's headers (an old release) says so
	 * by its name, before a whole tree is archived for nothing; when git
	 * fails here, `git archive` says why below. */
	if (!err && check_root(&found, &subtree, rev, profile, what, &probe) == 0 && !found)
		err = XABI_ERROR(ctx, XABI_ENOTFOUND, "%s: %s", what, probe.message);
	if (!err)
		err = archive_into(dir, rev, subtree, what, ctx);
	if (err) {
		xabi_remove_tree(dir);
		free(dir);
	} else {
		*out = dir;
	}
	free(what);
	return err;
}

/* The tags matching `pattern`, oldest version first; only those `rev`
 * contains when it is not NULL. */
static int list_tags(char ***out, size_t *n, const char *pattern, const char *rev,
		     const char *what, struct xabi_ctx *ctx)
{
	char *merged = rev ? xabi_xasprintf("--merged=%s", rev) : NULL;
	char *argv[] = { (char *)"git", (char *)"tag", (char *)"-l", (char *)"--sort=version:refname",
			 (char *)pattern, merged, NULL };
	int fd, err;
	FILE *fp;
	char line[4096];

	*out = NULL;
	*n = 0;
	err = temp_file(&fd, ctx);
	if (!err)
		err = run_git(argv, fd, what, ctx);
	free(merged);
	if (err) {
		if (fd >= 0)
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

int xabi_git_tags(char ***out, size_t *n, const char *pattern, struct xabi_ctx *ctx)
{
	return list_tags(out, n, pattern, NULL, "cannot list the tags", ctx);
}

/* The first line git writes for `argv`, into *out: NULL when it answers
 * no (exit status 1, git_answer()) or writes nothing. */
static int git_line(char **out, char *const argv[], const char *what, struct xabi_ctx *ctx)
{
	char line[4096] = "";
	int answer, fd, err = temp_file(&fd, ctx);
	ssize_t n;

	*out = NULL;
	if (err)
		return err;
	err = git_answer(&answer, argv, fd, what, ctx);
	n = err || answer ? 0 : pread(fd, line, sizeof(line) - 1, 0);
	close(fd);
	line[n > 0 ? n : 0] = '\0';
	line[strcspn(line, "\n")] = '\0';
	if (*line)
		*out = xabi_xstrdup(line);
	return err;
}

/* Whether commit `a` is an ancestor of `b` (or is `b`). */
static int is_ancestor(bool *out, const char *a, const char *b, const char *what,
		       struct xabi_ctx *ctx)
{
	char *argv[] = { (char *)"git", (char *)"merge-base", (char *)"--is-ancestor",
			 (char *)"--end-of-options", (char *)a, (char *)b, NULL };
	int answer, err = git_answer(&answer, argv, -1, what, ctx);

	*out = !err && answer == 0;
	return err;
}

/* A release that opens a branch: x.y.0, not a point release x.y.z. */
static bool opens_branch(const char *tag)
{
	size_t len = strlen(tag);

	return len > 2 && !strcmp(tag + len - 2, ".0");
}

/*
 * Does `rev` build on the branch that release `tag` (x.y.0, which rev does
 * not contain) opened? Yes when the tag's stable branch forked from an
 * ancestor of rev: their merge base is then that fork point, which is not
 * yet in the x.y.0 before it (`prev`, NULL: none). On an older stable
 * branch the merge base is an older fork point, which is; and a rev the
 * tag contains is from before the fork.
 */
static int forked_before(bool *out, const char *tag, const char *prev, const char *rev,
			 const char *what, struct xabi_ctx *ctx)
{
	char *argv[] = { (char *)"git", (char *)"merge-base", (char *)"--end-of-options",
			 (char *)tag, (char *)rev, NULL };
	char *base = NULL;
	bool contained, older = false;
	int err = is_ancestor(&contained, rev, tag, what, ctx);

	if (!err && !contained)
		err = git_line(&base, argv, what, ctx);
	if (!err && base && prev)
		err = is_ancestor(&older, base, prev, what, ctx);
	*out = !err && !contained && base && !older;
	free(base);
	return err;
}

static void free_tags(char **tags, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(tags[i]);
	free(tags);
}

/* Of the x.y.0 tags after tags[from] (none before it), the newest whose
 * branch forked from rev's history, into *out (-1: none). Forks come in
 * order along master, so those that did are the older ones: the newest is
 * tried first (master's case), then the boundary is found by halves. */
static int newest_fork(long *out, char **tags, size_t n, long from, const char *rev,
		       const char *what, struct xabi_ctx *ctx)
{
	long *cand = xabi_xmalloc((n + 1) * sizeof(*cand));
	long *prev = xabi_xmalloc((n + 1) * sizeof(*prev)); /* the x.y.0 before each */
	long nc = 0, lo = -1, hi, last = -1;
	int err = 0;

	for (size_t i = 0; i < n; i++) {
		if (!opens_branch(tags[i]))
			continue;
		if ((long)i > from) {
			prev[nc] = last;
			cand[nc++] = (long)i;
		}
		last = (long)i;
	}
	hi = nc;
	/* Invariant: cand[..lo] forked from rev's history, cand[hi..] did not. */
	for (long probe = nc - 1; !err && lo + 1 < hi; probe = lo + (hi - lo) / 2) {
		bool yes = false;

		err = forked_before(&yes, tags[cand[probe]],
				    prev[probe] >= 0 ? tags[prev[probe]] : NULL, rev, what, ctx);
		if (yes)
			lo = probe;
		else
			hi = probe;
	}
	*out = !err && lo >= 0 ? cand[lo] : -1;
	free(cand);
	free(prev);
	return err;
}

int xabi_git_release_of(char **out, const char *rev, const char *pattern,
			struct xabi_ctx *ctx)
{
	char *what = xabi_xasprintf("git:%s", rev);
	char **tags = NULL, **merged = NULL;
	size_t n = 0, n_merged = 0;
	long from = -1, fork = -1;
	int err = list_tags(&tags, &n, pattern, NULL, "cannot list the tags", ctx);

	*out = NULL;
	if (!err)
		err = list_tags(&merged, &n_merged, pattern, rev, what, ctx);
	/* The newest tag rev contains, unless a newer x.y.0 branched off
	 * rev's history. */
	for (size_t i = 0; !err && n_merged && i < n; i++)
		if (!strcmp(tags[i], merged[n_merged - 1]))
			from = (long)i;
	if (!err)
		err = newest_fork(&fork, tags, n, from, rev, what, ctx);
	if (!err && (fork >= 0 || from >= 0))
		*out = xabi_xstrdup(tags[fork >= 0 ? fork : from]);
	else if (!err)
		err = XABI_ERROR(ctx, XABI_ENOTFOUND, "%s: no tag matching '%s' is a release "
				 "it builds on", what, pattern);
	free_tags(tags, n);
	free_tags(merged, n_merged);
	free(what);
	return err;
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
