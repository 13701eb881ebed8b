/* SPDX-License-Identifier: MIT */
/*
 * Reading ELF objects with libelf (elfutils): gelf gives one view of ELF32
 * and ELF64 in either byte order. Every section and string is checked
 * before use, so a truncated or hostile file is an error, never a crash.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/file.h"
#include "xabi/elf.h"

bool xabi_elf_is_object(const char *path)
{
	unsigned char magic[8] = { 0 };
	ssize_t n;
	int fd;

	if (xabi_file_open(&fd, path, NULL))
		return false;
	n = read(fd, magic, sizeof(magic));
	close(fd);
	return (n >= 4 && !memcmp(magic, "\177ELF", 4)) ||
	       (n >= 8 && !memcmp(magic, "!<arch>\n", 8));
}

static const char *type_name(unsigned char type)
{
	switch (type) {
	case STT_FUNC: return "func";
	case STT_OBJECT: return "object";
	case STT_TLS: return "tls";
	case STT_GNU_IFUNC: return "ifunc";
	case STT_COMMON: return "common";
	default: return "notype";
	}
}

static const char *arch_name(struct xabi_elf_object *o, GElf_Half machine)
{
	switch (machine) {
	case EM_X86_64: return "x86_64";
	case EM_386: return "x86_32";
	case EM_AARCH64: return "arm64";
	case EM_ARM: return "arm32";
	default:
		snprintf(o->machine_buf, sizeof(o->machine_buf), "machine-%u", machine);
		return o->machine_buf;
	}
}

static struct xabi_elf_symbol *add_symbol(struct xabi_elf_object *o)
{
	o->symbols = xabi_xrealloc(o->symbols, (o->n_symbols + 1) * sizeof(*o->symbols));
	memset(&o->symbols[o->n_symbols], 0, sizeof(*o->symbols));
	return &o->symbols[o->n_symbols++];
}

struct sections {
	Elf_Scn *dynsym, *versym, *verdef, *verneed, *dynamic, *symtab;
	GElf_Shdr dynsym_h, verdef_h, verneed_h, dynamic_h, symtab_h;
};

static void find_sections(Elf *e, struct sections *s)
{
	Elf_Scn *scn = NULL;

	memset(s, 0, sizeof(*s));
	while ((scn = elf_nextscn(e, scn))) {
		GElf_Shdr h;

		if (!gelf_getshdr(scn, &h))
			continue;
		switch (h.sh_type) {
		case SHT_DYNSYM: s->dynsym = scn; s->dynsym_h = h; break;
		case SHT_GNU_versym: s->versym = scn; break;
		case SHT_GNU_verdef: s->verdef = scn; s->verdef_h = h; break;
		case SHT_GNU_verneed: s->verneed = scn; s->verneed_h = h; break;
		case SHT_DYNAMIC: s->dynamic = scn; s->dynamic_h = h; break;
		case SHT_SYMTAB: s->symtab = scn; s->symtab_h = h; break;
		default: break;
		}
	}
}

static const char *str(Elf *e, size_t section, size_t offset)
{
	const char *s = elf_strptr(e, section, offset);

	return s ? s : "";
}

/* Version index -> name, from verdef (defined) and verneed (needed, with
 * the library it comes from). Indices are 15 bits. */
struct versions {
	const char *name[0x8000];
	const char *file[0x8000];
};

static void read_verdef(Elf *e, const struct sections *s, struct versions *v)
{
	Elf_Data *d = s->verdef ? elf_getdata(s->verdef, NULL) : NULL;
	size_t off = 0;

	for (size_t i = 0; d && i < s->verdef_h.sh_info; i++) {
		GElf_Verdef def;
		GElf_Verdaux aux;

		if (!gelf_getverdef(d, (int)off, &def) ||
		    !gelf_getverdaux(d, (int)(off + def.vd_aux), &aux))
			break;
		v->name[def.vd_ndx & 0x7fff] = str(e, s->verdef_h.sh_link, aux.vda_name);
		if (!def.vd_next)
			break;
		off += def.vd_next;
	}
}

static void read_verneed(Elf *e, const struct sections *s, struct versions *v)
{
	Elf_Data *d = s->verneed ? elf_getdata(s->verneed, NULL) : NULL;
	size_t off = 0;

	for (size_t i = 0; d && i < s->verneed_h.sh_info; i++) {
		GElf_Verneed need;
		size_t aoff;

		if (!gelf_getverneed(d, (int)off, &need))
			break;
		aoff = off + need.vn_aux;
		for (size_t j = 0; j < need.vn_cnt; j++) {
			GElf_Vernaux aux;

			if (!gelf_getvernaux(d, (int)aoff, &aux))
				break;
			v->name[aux.vna_other & 0x7fff] = str(e, s->verneed_h.sh_link, aux.vna_name);
			v->file[aux.vna_other & 0x7fff] = str(e, s->verneed_h.sh_link, need.vn_file);
			if (!aux.vna_next)
				break;
			aoff += aux.vna_next;
		}
		if (!need.vn_next)
			break;
		off += need.vn_next;
	}
}

static void read_dynamic(Elf *e, const struct sections *s, struct xabi_elf_object *o)
{
	Elf_Data *d = s->dynamic ? elf_getdata(s->dynamic, NULL) : NULL;
	size_t n = d && s->dynamic_h.sh_entsize ? s->dynamic_h.sh_size / s->dynamic_h.sh_entsize : 0;

	for (size_t i = 0; i < n; i++) {
		GElf_Dyn dyn;

		if (!gelf_getdyn(d, (int)i, &dyn) || dyn.d_tag == DT_NULL)
			break;
		if (dyn.d_tag == DT_SONAME) {
			free(o->soname);
			o->soname = xabi_xstrdup(str(e, s->dynamic_h.sh_link, dyn.d_un.d_val));
		} else if (dyn.d_tag == DT_NEEDED) {
			o->needed = xabi_xrealloc(o->needed, (o->n_needed + 1) * sizeof(char *));
			o->needed[o->n_needed++] =
				xabi_xstrdup(str(e, s->dynamic_h.sh_link, dyn.d_un.d_val));
		}
	}
}

/* The dynamic symbols of a shared object or executable. */
static void read_dynsym(Elf *e, const struct sections *s, struct xabi_elf_object *o)
{
	Elf_Data *d = s->dynsym ? elf_getdata(s->dynsym, NULL) : NULL;
	Elf_Data *vs = s->versym ? elf_getdata(s->versym, NULL) : NULL;
	size_t n = d && s->dynsym_h.sh_entsize ? s->dynsym_h.sh_size / s->dynsym_h.sh_entsize : 0;
	struct versions *v = xabi_xcalloc(1, sizeof(*v));

	read_verdef(e, s, v);
	read_verneed(e, s, v);
	for (size_t i = 1; i < n; i++) {
		GElf_Sym sym;
		GElf_Versym ver = 0;
		unsigned char bind;
		struct xabi_elf_symbol *out;
		const char *name, *vname;

		if (!gelf_getsym(d, (int)i, &sym))
			break;
		bind = GELF_ST_BIND(sym.st_info);
		name = str(e, s->dynsym_h.sh_link, sym.st_name);
		if ((bind != STB_GLOBAL && bind != STB_WEAK && bind != STB_GNU_UNIQUE) || !*name)
			continue;
		if (vs && !gelf_getversym(vs, (int)i, &ver))
			ver = 0;
		vname = (ver & 0x7fff) > 1 ? v->name[ver & 0x7fff] : NULL;
		/* The linker defines a symbol named after each version. */
		if (vname && sym.st_shndx == SHN_ABS && !strcmp(vname, name))
			continue;
		out = add_symbol(o);
		out->name = xabi_xstrdup(name);
		out->version = xabi_xstrdup(vname ? vname : "");
		out->version_file = xabi_xstrdup((ver & 0x7fff) > 1 && v->file[ver & 0x7fff] ?
						 v->file[ver & 0x7fff] : "");
		out->defined = sym.st_shndx != SHN_UNDEF;
		out->hidden = (ver & 0x8000) != 0;
		out->weak = bind == STB_WEAK;
		out->type = type_name(GELF_ST_TYPE(sym.st_info));
		out->size = sym.st_size;
	}
	free(v);
}

/* The global symbols an archive member defines. */
static void read_symtab(Elf *e, const struct sections *s, struct xabi_elf_object *o)
{
	Elf_Data *d = s->symtab ? elf_getdata(s->symtab, NULL) : NULL;
	size_t n = d && s->symtab_h.sh_entsize ? s->symtab_h.sh_size / s->symtab_h.sh_entsize : 0;

	for (size_t i = 1; i < n; i++) {
		GElf_Sym sym;
		unsigned char bind;
		const char *name;
		struct xabi_elf_symbol *out;

		if (!gelf_getsym(d, (int)i, &sym))
			break;
		bind = GELF_ST_BIND(sym.st_info);
		name = str(e, s->symtab_h.sh_link, sym.st_name);
		if ((bind != STB_GLOBAL && bind != STB_WEAK) || sym.st_shndx == SHN_UNDEF || !*name)
			continue;
		out = add_symbol(o);
		out->name = xabi_xstrdup(name);
		out->version = xabi_xstrdup("");
		out->version_file = xabi_xstrdup("");
		out->defined = true;
		out->weak = bind == STB_WEAK;
		out->type = type_name(GELF_ST_TYPE(sym.st_info));
		out->size = sym.st_size;
	}
}

/* `size` is the file's size (0 for archive members, which libelf bounds). */
static int read_elf(Elf *e, struct xabi_elf_object *o, bool member, size_t size,
		    struct xabi_ctx *ctx)
{
	GElf_Ehdr h;
	struct sections s;

	if (!gelf_getehdr(e, &h))
		return XABI_ERROR(ctx, XABI_EINVALID, "%s: not a valid ELF object: %s",
				  o->path, elf_errmsg(-1));
	/* libelf quietly shows no sections when the table is cut off. (Not
	 * elf_rawfile: on archive members it leaks in elfutils 0.188.) Written
	 * so that a huge e_shoff cannot wrap the sum. */
	if (size && (h.e_shoff > size ||
		     (uint64_t)h.e_shnum * h.e_shentsize > size - h.e_shoff))
		return XABI_ERROR(ctx, XABI_EINVALID, "%s: a truncated or damaged ELF object "
				  "(its section table ends past the end of the file)", o->path);
	if (!o->arch)
		o->arch = arch_name(o, h.e_machine);
	find_sections(e, &s);
	if (member) {
		read_symtab(e, &s, o);
		return 0;
	}
	if (h.e_type != ET_DYN && h.e_type != ET_EXEC)
		return XABI_ERROR(ctx, XABI_EINVALID, "%s: an ELF object that is neither a "
				  "shared library nor an executable", o->path);
	if (!s.dynsym)
		return XABI_ERROR(ctx, XABI_EINVALID, "%s: no dynamic symbol table "
				  "(a static executable, or stripped of it)", o->path);
	read_dynamic(e, &s, o);
	read_dynsym(e, &s, o);
	return 0;
}

int xabi_elf_read(struct xabi_elf_object **out, const char *path, struct xabi_ctx *ctx)
{
	struct xabi_elf_object *o = xabi_xcalloc(1, sizeof(*o));
	int fd, err = 0;
	Elf *e;

	*out = NULL;
	o->path = xabi_xstrdup(path);
	if (elf_version(EV_CURRENT) == EV_NONE) {
		err = XABI_ERROR(ctx, XABI_EGENERIC, "libelf is out of date");
		goto fail;
	}
	err = xabi_file_open(&fd, path, ctx);
	if (err)
		goto fail;
	e = elf_begin(fd, ELF_C_READ, NULL);
	if (!e) {
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s: not a valid ELF object: %s", path,
				 elf_errmsg(-1));
	} else if (elf_kind(e) == ELF_K_AR) {
		Elf *m;
		Elf_Cmd cmd = ELF_C_READ;

		o->archive = true;
		while (!err && (m = elf_begin(fd, cmd, e))) {
			Elf_Arhdr *ah = elf_getarhdr(m);

			/* The archive's own symbol and name tables are members too. */
			if (ah && ah->ar_name[0] != '/' && elf_kind(m) == ELF_K_ELF)
				err = read_elf(m, o, true, 0, ctx);
			cmd = elf_next(m);
			elf_end(m);
		}
		if (!err && !o->n_symbols)
			err = XABI_ERROR(ctx, XABI_EINVALID, "%s: not a valid archive: no "
					 "member could be read", path);
		if (!o->arch)
			o->arch = "unknown";
	} else if (elf_kind(e) == ELF_K_ELF) {
		struct stat st;

		err = read_elf(e, o, false, fstat(fd, &st) == 0 ? (size_t)st.st_size : 0, ctx);
	} else {
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s: not an ELF object or archive", path);
	}
	if (e)
		elf_end(e);
	close(fd);
	if (err)
		goto fail;
	*out = o;
	return 0;
fail:
	xabi_elf_free(o);
	return err;
}

void xabi_elf_free(struct xabi_elf_object *o)
{
	if (!o)
		return;
	for (size_t i = 0; i < o->n_symbols; i++) {
		free(o->symbols[i].name);
		free(o->symbols[i].version);
		free(o->symbols[i].version_file);
	}
	free(o->symbols);
	for (size_t i = 0; i < o->n_needed; i++)
		free(o->needed[i]);
	free(o->needed);
	free(o->soname);
	free(o->path);
	free(o);
}
