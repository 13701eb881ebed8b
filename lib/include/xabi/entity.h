/* SPDX-License-Identifier: MIT */
/*
 * One entity as one corpus declares it: the table `xabi show` prints and
 * `xabi history --entity` repeats per source. Sections come in a fixed
 * order: the entity itself, one section per kind it has (an enum and its
 * typedef are two), then its members (enumerators by value, fields by
 * offset). Each row is one distinct variant with the configurations where
 * it holds.
 *
 * Ownership: xabi_entity_find() returns a heap object the caller frees
 * with xabi_entity_free(); its strings are plain copies of the inputs
 * (not escaped: each writer escapes for its own medium).
 */
#ifndef XABI_ENTITY_H
#define XABI_ENTITY_H

#include <stddef.h>

#include "xabi/error.h"
#include "xabi/model.h"

enum xabi_entity_column {
	XABI_ENTITY_NAME,  /* the scope of the entity, or the member's name */
	XABI_ENTITY_ATTRS, /* "key=value ..." */
	XABI_ENTITY_WHERE, /* the configurations, in the reports' compact form */
	XABI_ENTITY_LOCATION, /* header:line */
	XABI_ENTITY_COLUMNS
};

struct xabi_entity_row {
	char *col[XABI_ENTITY_COLUMNS];
	long long order; /* value or offset, to sort members */
	size_t index;    /* corpus order, for ties */
};

struct xabi_entity_section {
	char *title; /* "enum hvmmem_type_t", "members of hvmmem_type_t" */
	size_t n_rows;
	struct xabi_entity_row *rows;
};

struct xabi_entity {
	size_t n_sections; /* only sections with rows */
	struct xabi_entity_section *sections;
};

/*
 * The entity `name` of `c` (an enum, enumerator, macro, record, field,
 * typedef, function or variable, and its members). Errors:
 * XABI_ENOTFOUND when `c` declares nothing of that name.
 */
int xabi_entity_find(struct xabi_entity **out, const struct xabi_corpus *c,
		     const char *name, struct xabi_ctx *ctx);
void xabi_entity_free(struct xabi_entity *e);

#endif
