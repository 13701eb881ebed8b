/* SPDX-License-Identifier: MIT */
/*
 * Internal: what a dump that passes its schema may still get wrong, and
 * would then be compared as if true (check.c).
 */
#ifndef XABI_DUMP_CHECK_H
#define XABI_DUMP_CHECK_H

#include "xabi/error.h"
#include "xabi/model.h"

struct xabi_dump_check;

struct xabi_dump_check *xabi_dump_check_new(void);
void xabi_dump_check_free(struct xabi_dump_check *k);

/*
 * Check fact `f`, read on `line` of dump `name` and holding on `where`,
 * against itself and the facts before it. XABI_EINVALID with "name:line:
 * reason" in ctx when it contradicts them.
 */
int xabi_dump_check_fact(struct xabi_dump_check *k, struct xabi_corpus *c,
			 const struct xabi_fact *f, const struct xabi_bitset *where,
			 long line, const char *name, struct xabi_ctx *ctx);

/* Once every fact is read: those that refer to another (a field to its
 * record, an enumerator to its enum) against what was read. */
int xabi_dump_check_finish(struct xabi_dump_check *k, const struct xabi_corpus *c,
			   const char *name, struct xabi_ctx *ctx);

#endif
