/* SPDX-License-Identifier: MIT */
/*
 * The ABI dump: a corpus written as XML (rules/xabi-dump.xsd) and read
 * back, so that a dump can stand in for a header tree on either side of a
 * comparison. Writing what was read gives the same bytes.
 */
#ifndef XABI_DUMP_H
#define XABI_DUMP_H

#include <stdbool.h>
#include <stdio.h>

#include "xabi/error.h"
#include "xabi/model.h"

/* The format version this xabi writes and the newest it reads. */
#define XABI_DUMP_FORMAT_VERSION 1

/* Write corpus `c` to `fp`. Errors: XABI_EIO. */
int xabi_dump_write(const struct xabi_corpus *c, FILE *fp, struct xabi_ctx *ctx);

/* Write the facts of `c` as TSV (docs/design.md, "The command line"), only where
 * they hold in `only` when it is not NULL. Errors: XABI_EIO. */
int xabi_dump_write_tsv(const struct xabi_corpus *c, const struct xabi_bitset *only,
			FILE *fp, struct xabi_ctx *ctx);

/*
 * Read a dump. `name` labels messages ("file:line: ..."). The document is
 * validated against the dump schema as it is loaded, and the schema's
 * first error wins over the loader's; a DOCTYPE is refused. `limits` (NULL:
 * none) bound its configurations and facts, as they bound extraction.
 * Errors: XABI_ENOTFOUND, XABI_EIO, XABI_EINVALID (not XML, not a dump,
 * invalid), XABI_EUNSUPPORTED (a newer format version), XABI_ELIMIT.
 */
int xabi_dump_read(struct xabi_corpus **out, const char *path,
		   const struct xabi_limits *limits, struct xabi_ctx *ctx);
int xabi_dump_read_memory(struct xabi_corpus **out, const char *data, size_t len,
			  const char *name, const struct xabi_limits *limits,
			  struct xabi_ctx *ctx);

/*
 * Read only the root of dump `path`, not its facts: a corpus that holds
 * its profile, producer (xabi_version, libclang_version) and options, and
 * no configuration, to tell whether it was made as a new one would be.
 * Free it with xabi_corpus_free(). Errors: XABI_ENOTFOUND, XABI_EIO,
 * XABI_EINVALID (not XML, not a dump), XABI_EUNSUPPORTED (a newer format).
 */
int xabi_dump_read_maker(struct xabi_corpus **out, const char *path, struct xabi_ctx *ctx);

/* Whether `path` names a dump rather than a tree (by its first bytes). */
bool xabi_dump_is_dump(const char *path);

/*
 * Validate the XML file `path` against the built-in schema `schema`
 * ("xabi-dump.xsd", "xabi-report.xsd"). Errors: XABI_EINVALID with the
 * first problem as "file:line: message".
 */
int xabi_schema_validate_file(const char *path, const char *schema,
			      struct xabi_ctx *ctx);

#endif
