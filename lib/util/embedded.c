/* SPDX-License-Identifier: MIT */
/* Lookup in the table generated from rules/ (see embedded.h). */
#include <string.h>

#include "embedded.h"

const struct xabi_embedded *xabi_embedded_find(const char *name)
{
	for (const struct xabi_embedded *e = xabi_embedded_files; e->name; e++)
		if (!strcmp(e->name, name))
			return e;
	return NULL;
}
