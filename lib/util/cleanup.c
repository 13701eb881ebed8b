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
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "alloc.h"
#include "cleanup.h"
#include "xabi/error.h"

#define SLOTS 64

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

static void remove_at(int dirfd, const char *name, int depth)
{
	char buf[2048];
	int fd;
	long n;

	if (unlinkat(dirfd, name, 0) == 0 || depth > 24)
		return;
	fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
	if (fd < 0)
		return;
	/* Deleting while reading may skip entries: read again until empty. */
	for (int pass = 0; pass < 8; pass++) {
		int seen = 0;

		lseek(fd, 0, SEEK_SET);
		while ((n = syscall(SYS_getdents64, fd, buf, sizeof(buf))) > 0)
			for (long off = 0; off < n;) {
				struct dirent64_raw *d = (struct dirent64_raw *)(buf + off);

				off += d->d_reclen;
				if (!strcmp(d->d_name, ".") || !strcmp(d->d_name, ".."))
					continue;
				remove_at(fd, d->d_name, depth + 1);
				seen = 1;
			}
		if (!seen)
			break;
	}
	close(fd);
	unlinkat(dirfd, name, AT_REMOVEDIR);
}

static void on_signal(int sig)
{
	for (int i = 0; i < SLOTS; i++)
		if (atomic_load(&used[i]))
			remove_at(AT_FDCWD, paths[i], 0);
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
