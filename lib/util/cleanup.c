/* SPDX-License-Identifier: MIT */
/*
 * Removing temporary paths on fatal signals (see cleanup.h). The handler
 * may only use async-signal-safe calls: paths live in a fixed table, and
 * directories are emptied with openat, getdents64 and unlinkat rather than
 * opendir or nftw, which allocate.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "alloc.h"
#include "cleanup.h"
#include "xabi/error.h"

#define SLOTS 64
#define MAX_STEPS (1ul << 24)

static char paths[SLOTS][PATH_MAX];
static atomic_int used[SLOTS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

struct dirent64_raw {
	unsigned long long d_ino;
	long long d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

/*
 * Empty the folder `fd` of what can be removed at once: files, and folders
 * already empty. Returns 1 with the name of a folder that is not empty yet
 * in `child`, 0 when the folder is empty, -1 when something in it cannot be
 * removed. Deleting while reading may skip entries: it reads again while a
 * pass removes something.
 */
static int empty_folder(int fd, char child[NAME_MAX + 1])
{
	char buf[2048];
	bool removed = true;
	long n;

	while (removed) {
		bool seen = false;

		removed = false;
		lseek(fd, 0, SEEK_SET);
		while ((n = syscall(SYS_getdents64, fd, buf, sizeof(buf))) > 0)
			for (long off = 0; off < n;) {
				struct dirent64_raw *d = (struct dirent64_raw *)(buf + off);

				off += d->d_reclen;
				if (!strcmp(d->d_name, ".") || !strcmp(d->d_name, ".."))
					continue;
				if (unlinkat(fd, d->d_name, 0) == 0 ||
				    unlinkat(fd, d->d_name, AT_REMOVEDIR) == 0) {
					removed = true;
					continue;
				}
				if (errno == ENOTEMPTY || errno == EEXIST) {
					strncpy(child, d->d_name, NAME_MAX);
					child[NAME_MAX] = '\0';
					return 1;
				}
				seen = true;
			}
		if (!removed)
			return seen ? -1 : 0;
	}
	return 0;
}

/*
 * Remove dirfd/name and all it holds. Without recursion, so that depth
 * costs neither stack nor time: go down into a folder that is not empty
 * yet, back up through ".." once it is, and let the parent's next pass
 * remove it. Every step either enters a non-empty folder or leaves an
 * empty one, so the walk ends; it gives up on anything it cannot remove,
 * and after MAX_STEPS in any case (a folder that says it is not empty and
 * then that it is would make it go up and down for ever).
 */
static void remove_at(int dirfd, const char *name)
{
	char child[NAME_MAX + 1];
	unsigned long depth = 0, steps = 0;
	int fd, r;

	if (unlinkat(dirfd, name, 0) == 0 || unlinkat(dirfd, name, AT_REMOVEDIR) == 0)
		return;
	fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	while (fd >= 0 && steps++ < MAX_STEPS && (r = empty_folder(fd, child)) >= 0) {
		int next;

		if (r == 1) {
			next = openat(fd, child, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			depth++;
		} else if (depth) {
			next = openat(fd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
			depth--;
		} else {
			break;
		}
		close(fd);
		fd = next;
	}
	if (fd >= 0)
		close(fd);
	unlinkat(dirfd, name, AT_REMOVEDIR);
}

static void on_signal(int sig)
{
	for (int i = 0; i < SLOTS; i++)
		if (atomic_load(&used[i]))
			remove_at(AT_FDCWD, paths[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* A signal ignored on entry (nohup, a background job of a script) stays
 * ignored: the caller asked for that. */
static void install(void)
{
	static const int fatal[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa = { .sa_handler = on_signal, .sa_flags = SA_RESTART };

	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++) {
		struct sigaction old;

		if (sigaction(fatal[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(fatal[i], &sa, NULL);
	}
}

void xabi_cleanup_add(const char *path)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, install);
	pthread_mutex_lock(&lock);
	for (int i = 0; i < SLOTS; i++)
		if (!atomic_load(&used[i])) {
			strncpy(paths[i], path, PATH_MAX - 1);
			paths[i][PATH_MAX - 1] = '\0';
			atomic_store(&used[i], 1);
			break;
		}
	pthread_mutex_unlock(&lock);
}

void xabi_cleanup_forget(const char *path)
{
	pthread_mutex_lock(&lock);
	for (int i = 0; i < SLOTS; i++)
		if (atomic_load(&used[i]) && !strcmp(paths[i], path)) {
			atomic_store(&used[i], 0);
			break;
		}
	pthread_mutex_unlock(&lock);
}

const char *xabi_temp_base(void)
{
	const char *base = getenv("TMPDIR");

	return base && *base ? base : "/tmp";
}

int xabi_temp_dir(char **out, const char *name, struct xabi_ctx *ctx)
{
	char *dir = xabi_xasprintf("%s/%s.XXXXXX", xabi_temp_base(), name);

	*out = NULL;
	if (!mkdtemp(dir)) {
		int err = XABI_ERROR(ctx, XABI_EIO, "cannot create a temporary directory "
				     "in '%s': %s", xabi_temp_base(), strerror(errno));

		free(dir);
		return err;
	}
	xabi_cleanup_add(dir);
	*out = dir;
	return 0;
}
