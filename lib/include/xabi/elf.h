/* SPDX-License-Identifier: MIT */
/*
 * Shared libraries, executables and static archives, read with libelf:
 * dynamic symbols with their versions (verdef, verneed, versym), SONAME
 * and NEEDED; for archives, each member's global symbols. ELF32 and ELF64
 * of either byte order. The only code that includes libelf headers is in
 * lib/elf/.
 *
 * Ownership: xabi_elf_read() returns an object freed by xabi_elf_free().
 */
#ifndef XABI_ELF_H
#define XABI_ELF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "xabi/error.h"
#include "xabi/model.h"

struct xabi_elf_symbol {
	char *name;
	char *version;     /* "" when unversioned */
	char *version_file; /* undefined: the library the version is needed from */
	bool defined;      /* exported (false: imported) */
	bool hidden;       /* a non-default version (name@V, not name@@V) */
	bool weak;
	const char *type;  /* "func", "object", "tls", "ifunc", "common", "notype" */
	uint64_t size;
};

struct xabi_elf_object {
	char *path;
	char *soname;      /* NULL when none */
	bool archive;      /* a static archive (.a) */
	const char *arch;  /* "x86_64", "x86_32", "arm64", "arm32", or the machine number */
	size_t n_needed, n_symbols;
	char **needed;
	struct xabi_elf_symbol *symbols;
	char machine_buf[16];
};

/* Does the file start like an ELF object or an ar archive? */
bool xabi_elf_is_object(const char *path);

/*
 * Read a shared object, executable or static archive. Errors: XABI_ENOTFOUND,
 * XABI_EIO, XABI_EINVALID ("FILE: not a valid ELF object: reason") for
 * garbage or truncated files.
 */
int xabi_elf_read(struct xabi_elf_object **out, const char *path, struct xabi_ctx *ctx);
void xabi_elf_free(struct xabi_elf_object *o);

/*
 * Add an object's facts to a corpus: one `library` fact (name = its SONAME,
 * or `name` when it has none) and one `symbol` fact per exported or
 * imported symbol, holding in the configurations of the object's arch (all
 * of them if the corpus lacks that arch).
 */
int xabi_elf_add_facts(struct xabi_corpus *c, const struct xabi_elf_object *o,
		       const char *name, struct xabi_ctx *ctx);

#endif
