/* SPDX-License-Identifier: MIT */
/* The files of rules/ (profiles, schemas), compiled into the library. */
#ifndef XABI_UTIL_EMBEDDED_H
#define XABI_UTIL_EMBEDDED_H

#include <stddef.h>

struct xabi_embedded {
	const char *name; /* file name in rules/, e.g. "xen.profile" */
	const char *data; /* NUL-terminated */
	size_t size;
};

/* Terminated by an entry with a NULL name. */
extern const struct xabi_embedded xabi_embedded_files[];

/* The embedded file `name`, or NULL. */
const struct xabi_embedded *xabi_embedded_find(const char *name);

#endif
