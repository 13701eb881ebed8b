/* SPDX-License-Identifier: MIT */
/* ELF objects as corpus facts: a library fact and its symbols' facts. */
#include <stdio.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "xabi/elf.h"

/* The configurations of the object's arch; all when the corpus lacks it. */
static struct xabi_bitset *configs_of(const struct xabi_corpus *c, const char *arch)
{
	struct xabi_bitset *where = xabi_space_new_set(&c->space);

	for (size_t i = 0; i < c->space.n_configs; i++)
		if (!strcmp(c->space.arches[c->space.configs[i].arch].name, arch))
			xabi_bitset_set(where, i);
	if (xabi_bitset_empty(where))
		xabi_bitset_set_all(where);
	return where;
}

int xabi_elf_add_facts(struct xabi_corpus *c, const struct xabi_elf_object *o,
		       const char *name, struct xabi_ctx *ctx)
{
	struct xabi_bitset *where = configs_of(c, o->arch);
	struct xabi_buf needed = XABI_BUF_INIT;
	const char *lib = o->soname && *o->soname ? o->soname : name;
	struct xabi_fact f = { .kind = XABI_KIND_LIBRARY, .name = lib, .file = name };
	int err;

	for (size_t i = 0; i < o->n_needed; i++)
		xabi_buf_printf(&needed, "%s%s", i ? " " : "", o->needed[i]);
	f.attrs[f.n_attrs++] = (struct xabi_attr){ "soname", o->soname ? o->soname : "" };
	f.attrs[f.n_attrs++] = (struct xabi_attr){ "needed", xabi_buf_cstr(&needed) };
	err = xabi_corpus_add_fact(c, &f, where, ctx);
	for (size_t i = 0; !err && i < o->n_symbols; i++) {
		const struct xabi_elf_symbol *s = &o->symbols[i];
		char size[32];
		struct xabi_fact sf = {
			.kind = XABI_KIND_SYMBOL, .scope = lib, .name = s->name, .file = name,
		};

		snprintf(size, sizeof(size), "%llu", (unsigned long long)s->size);
		sf.attrs[sf.n_attrs++] = (struct xabi_attr){ "type", s->type };
		sf.attrs[sf.n_attrs++] = (struct xabi_attr){ "bind", s->weak ? "weak" : "global" };
		sf.attrs[sf.n_attrs++] = (struct xabi_attr){ "size", size };
		sf.attrs[sf.n_attrs++] = (struct xabi_attr){ "version", s->version };
		sf.attrs[sf.n_attrs++] = (struct xabi_attr){ "hidden", s->hidden ? "yes" : "no" };
		sf.attrs[sf.n_attrs++] = (struct xabi_attr){ "defined", s->defined ? "yes" : "no" };
		sf.attrs[sf.n_attrs++] = (struct xabi_attr){ "from", s->version_file };
		err = xabi_corpus_add_fact(c, &sf, where, ctx);
	}
	xabi_buf_release(&needed);
	xabi_bitset_free(where);
	return err;
}
