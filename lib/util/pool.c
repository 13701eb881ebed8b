/* SPDX-License-Identifier: MIT */
/* Fixed-size thread pool over an atomic job counter (see pool.h). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

#include "alloc.h"
#include "pool.h"

struct pool {
	atomic_size_t next;
	size_t n_jobs;
	xabi_pool_fn fn;
	void *payload;
};

struct worker {
	struct pool *pool;
	unsigned index;
};

static void *work(void *arg)
{
	struct worker *w = arg;
	size_t job;

	while ((job = atomic_fetch_add(&w->pool->next, 1)) < w->pool->n_jobs)
		w->pool->fn(job, w->index, w->pool->payload);
	return NULL;
}

void xabi_pool_run(size_t n_jobs, unsigned threads, xabi_pool_fn fn,
		   void *payload)
{
	struct pool pool = { .n_jobs = n_jobs, .fn = fn, .payload = payload };
	struct worker *workers;
	pthread_t *tids;

	atomic_init(&pool.next, 0);
	if (threads > n_jobs)
		threads = n_jobs ? (unsigned)n_jobs : 1;
	workers = xabi_xcalloc(threads, sizeof(*workers));
	tids = xabi_xcalloc(threads, sizeof(*tids));
	for (unsigned i = 0; i < threads; i++) {
		workers[i].pool = &pool;
		workers[i].index = i;
	}
	/* Worker 0 is the caller itself; a thread that cannot be started
	 * just leaves its share to the others. */
	for (unsigned i = 1; i < threads; i++)
		if (pthread_create(&tids[i], NULL, work, &workers[i]) != 0)
			workers[i].pool = NULL;
	work(&workers[0]);
	for (unsigned i = 1; i < threads; i++)
		if (workers[i].pool)
			pthread_join(tids[i], NULL);
	free(workers);
	free(tids);
}

unsigned xabi_pool_default_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (unsigned)n : 1;
}
