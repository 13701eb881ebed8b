/* SPDX-License-Identifier: MIT */
/*
 * Writing output atomically: an xabi_output goes to a temporary file beside
 * the target and is renamed over it only on commit, so an interrupted run
 * leaves the old file or the new one, never half of one. Temporary files
 * still open are removed if the process is stopped by SIGINT, SIGTERM or
 * SIGHUP.
 *
 * Only a regular file is ever replaced. What is no file to replace is
 * written through, as a shell's `>` would: a device (/dev/null), a FIFO, a
 * socket, and whatever standard output or error already is (/dev/stdout,
 * /dev/fd/2, or the file `>` or `>>` opened). A symbolic link to a regular
 * file keeps its link: the file it names is replaced, with the temporary
 * file in that file's folder. A link to nothing is refused: replacing the
 * link would lose it, and creating what it names may be far from the link.
 */
#ifndef XABI_OUTPUT_H
#define XABI_OUTPUT_H

#include <stdio.h>

#include "xabi/error.h"

struct xabi_output {
	char *path;   /* as given, for messages; NULL for standard output */
	char *target; /* the regular file renamed over; NULL when written through */
	char *tmp;    /* temporary file while open; NULL when written through */
	FILE *fp;     /* stdout or stderr are flushed, never closed */
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
