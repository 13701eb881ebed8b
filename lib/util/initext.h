/* SPDX-License-Identifier: MIT */
/*
 * Text for libinih, checked first. inih reads a line through a buffer of
 * INI_MAX_LINE bytes and silently parses what does not fit as a line of its
 * own (a long comment ending in "kind = *" became a suppression of every
 * change), and a NUL byte ends its input as if the file ended there. Both
 * are refused here, naming the line; comments may be of any length.
 */
#ifndef XABI_UTIL_INITEXT_H
#define XABI_UTIL_INITEXT_H

#include <stddef.h>

#include "xabi/error.h"

/* The longest entry or section header, in bytes without the newline. It
 * leaves inih room for its line end and for the "@N" that the rules reader
 * adds to each section header. */
#define XABI_INI_MAX_LINE 160

/*
 * Copy `len` bytes of `text` into *out (NUL-terminated, the caller frees)
 * with every comment line emptied, so that inih never meets a line it
 * would split; line numbers stay as they were. Returns XABI_EINVALID with
 * "file:line: reason" for a NUL byte or a longer entry or section header.
 */
int xabi_ini_text(char **out, const char *text, size_t len, const char *file,
		  struct xabi_ctx *ctx);

/* One entry of an INI text, as inih hands it: nonzero to go on. */
typedef int (*xabi_ini_entry)(void *payload, const char *section, const char *key,
			      const char *value);
/* Parse text checked by xabi_ini_text() with inih, which only this file
 * uses: 0, or the line of the first entry that failed. */
int xabi_ini_parse(const char *checked, xabi_ini_entry on_entry, void *payload);

#endif
