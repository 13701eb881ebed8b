/* SPDX-License-Identifier: MIT */
/*
 * Writing output atomically: an xabi_output goes to a temporary file beside
 * the target and is renamed over it only on commit, so an interrupted run
 * leaves the old file or the new one, never half of one. Temporary files
 * still open are removed if the process is stopped by SIGINT, SIGTERM or
 * SIGHUP.
 */
#ifndef XABI_OUTPUT_H
#define XABI_OUTPUT_H

#include <stdio.h>

#include "xabi/error.h"

struct xabi_output {
	char *path; /* target; NULL for standard output */
	char *tmp;  /* temporary file while open */
	FILE *fp;
};

/* Open `path` ("-" or NULL: standard output) for writing. */
int xabi_output_open(struct xabi_output *o, const char *path,
		     struct xabi_ctx *ctx);
/* Flush and move into place; reports write errors (a full disk, a closed
 * pipe) as XABI_EIO. The output is closed afterwards either way. */
int xabi_output_commit(struct xabi_output *o, struct xabi_ctx *ctx);
/* Close and remove the temporary file, leaving any old target untouched. */
void xabi_output_abort(struct xabi_output *o);

#endif
