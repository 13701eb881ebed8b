/* SPDX-License-Identifier: MIT */
/* Loading libclang at run time (see api.h). */
#define XABI_CLANG_API_DEFINE
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "api.h"
#include "clang/extract.h"

#define XABI_CLANG_DEFINE(f) __typeof__(f) *xabi_dl_##f;
XABI_CLANG_FUNCTIONS(XABI_CLANG_DEFINE)

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[512]; /* empty once loaded */

/* $XABI_LIBCLANG when set, else the file found at build time (see
 * cmake/FindLibClang.cmake): any libclang from LLVM 14 on gives the same
 * facts, so one build can run on another. */
static const char *library_path(void)
{
	const char *env = getenv("XABI_LIBCLANG");

	return env && *env ? env : XABI_LIBCLANG_PATH;
}

static void load(void)
{
	const char *path = library_path();
	void *lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);

	if (!lib) {
		snprintf(failure, sizeof(failure), "cannot load libclang: %s%s", dlerror(),
			 getenv("XABI_LIBCLANG") ? " (from XABI_LIBCLANG)" : "");
		return;
	}
#define XABI_CLANG_RESOLVE(f) \
	if (!failure[0] && !(*(void **)&xabi_dl_##f = dlsym(lib, #f))) \
		snprintf(failure, sizeof(failure), "%s lacks %s: not a libclang of LLVM 14 or newer", \
			 path, #f);
	XABI_CLANG_FUNCTIONS(XABI_CLANG_RESOLVE)
}

int xabi_frontend_load(struct xabi_ctx *ctx)
{
	pthread_once(&once, load);
	return failure[0] ? XABI_ERROR(ctx, XABI_EGENERIC, "%s", failure) : 0;
}

static void *preload(void *arg)
{
	(void)arg;
	pthread_once(&once, load);
	return NULL;
}

void xabi_frontend_preload(void)
{
	pthread_t t;
	pthread_attr_t attr;

	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	/* Without a thread, xabi_frontend_load() loads it when needed. */
	(void)pthread_create(&t, &attr, preload, NULL);
	pthread_attr_destroy(&attr);
}
