/* SPDX-License-Identifier: MIT */
/* Progress of a long run, as the library reports it to its caller. */
#ifndef XABI_PROGRESS_H
#define XABI_PROGRESS_H

#include <stddef.h>

/* Called after each step (a parse), from any thread but never
 * concurrently: `done` of `total`, `what` names the step. */
typedef void (*xabi_progress_fn)(size_t done, size_t total, const char *what,
				 void *payload);

#endif
