/* SPDX-License-Identifier: MIT */
/*
 * A fixed-size thread pool for independent jobs. Jobs are handed out in
 * index order; results must not depend on which worker ran which job, so
 * callers merge results in a way that does not depend on completion order.
 */
#ifndef XABI_UTIL_POOL_H
#define XABI_UTIL_POOL_H

#include <stddef.h>

/* Run job `job` on worker `worker` (0 .. threads-1). */
typedef void (*xabi_pool_fn)(size_t job, unsigned worker, void *payload);

/* Run jobs 0..n_jobs-1 on `threads` threads (1: in the caller's thread);
 * returns when all are done. */
void xabi_pool_run(size_t n_jobs, unsigned threads, xabi_pool_fn fn,
		   void *payload);

/* The number of online processors, at least 1. */
unsigned xabi_pool_default_threads(void);

#endif
