/* SPDX-License-Identifier: MIT */
/*
 * The umbrella of a job, and the compiler arguments it is parsed with.
 *
 * The umbrella is an in-memory file placed in the tree's root (so quoted
 * prelude entries resolve there): the prelude, one #include per header, then
 * one probe per object-like macro the headers define, guarded by #ifdef:
 *     static const __typeof__((NAME)) __xabi_probe_NAME = (NAME);
 * Probes of macros that are not integer constants fail to compile; those
 * errors sit in the umbrella after `probe_line` and are expected. Macros
 * that are integer literals wherever defined get no probe: the visitor
 * types them itself, knowing the width of long from one more variable.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/strvec.h"
#include "frontend.h"

/* Append one line; `header` is the scan index it includes, if any. */
static void put_line(struct xabi_umbrella *u, size_t header, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void put_line(struct xabi_umbrella *u, size_t header, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	xabi_buf_vprintf(&u->text, fmt, ap);
	va_end(ap);
	xabi_buf_putc(&u->text, '\n');
	u->header_at[++u->lines] = header;
}

struct macro_def {
	const char *name;
	bool is_literal;
	enum xabi_unprobed unprobed;
};

static int def_cmp(const void *a, const void *b)
{
	return strcmp(((const struct macro_def *)a)->name, ((const struct macro_def *)b)->name);
}

/* The names of the macros the files in `only` define (NULL: no filter). */
static struct xabi_map *only_defined(const struct xabi_scan *s, const bool *only)
{
	struct xabi_map *names;

	if (!only)
		return NULL;
	names = xabi_map_new(256);
	for (size_t i = 0; i < s->n_files; i++)
		for (size_t d = 0; only[i] && d < s->files[i].n_defines; d++)
			xabi_map_put(names, s->files[i].defines[d].name, (void *)1);
	return names;
}

/*
 * The macros defined by files of the job's probe closure that need a
 * probe (and that a file of its `only` defines), sorted:
 * all but the version macros (configuration, not facts), those that are
 * plain integer literals wherever they are defined and never #undef'd,
 * which the visitor types itself, and those the scan found too costly to
 * expand or no expression (xabi_scan_price_macros). The probed ones go
 * into `probed` too.
 */
static char **probe_names(const struct xabi_frontend *fe, const struct xabi_job *job,
			  struct xabi_map *probed, size_t *n)
{
	const bool *closure = job->probe_closure;
	struct xabi_map *wanted = only_defined(fe->scan, job->only);
	const struct xabi_scan *s = fe->scan;
	const char *version = fe->profile->version_macro;
	const char *latest = fe->profile->latest_macro;
	struct xabi_map *undefined = xabi_map_new(64);
	struct macro_def *defs = NULL;
	char **names = NULL;
	size_t count = 0, kept = 0;

	for (size_t i = 0; i < s->n_files; i++) {
		for (size_t d = 0; closure[i] && d < s->files[i].n_undefs; d++)
			xabi_map_put(undefined, s->files[i].undefs[d], (void *)1);
		for (size_t d = 0; closure[i] && d < s->files[i].n_defines; d++) {
			const struct xabi_scan_define *def = &s->files[i].defines[d];

			if ((version && !strcmp(def->name, version)) ||
			    (latest && !strcmp(def->name, latest)))
				continue;
			xabi_grow_one((void **)&defs, count, sizeof(*defs));
			defs[count++] = (struct macro_def){ def->name, def->is_literal,
							     def->unprobed };
		}
	}
	if (count)
		qsort(defs, count, sizeof(*defs), def_cmp);
	for (size_t i = 0, j; i < count; i = j) {
		bool probe = xabi_map_get(undefined, defs[i].name) != NULL, safe = true;

		for (j = i; j < count && !strcmp(defs[j].name, defs[i].name); j++) {
			probe |= !defs[j].is_literal;
			safe &= defs[j].unprobed == XABI_PROBED;
		}
		if (!probe || !safe || (wanted && !xabi_map_get(wanted, defs[i].name)))
			continue;
		xabi_grow_one((void **)&names, kept, sizeof(*names));
		names[kept++] = (char *)defs[i].name;
		xabi_map_put(probed, defs[i].name, (void *)1);
	}
	free(defs);
	xabi_map_free(undefined);
	xabi_map_free(wanted);
	*n = kept;
	return names;
}

void xabi_umbrella_build(struct xabi_umbrella *u, const struct xabi_frontend *fe,
			 const struct xabi_job *job, const char *const *excluded)
{
	const struct xabi_profile *p = fe->profile;
	struct xabi_map *probed = xabi_map_new(256);
	size_t n_probes;
	char **probes = probe_names(fe, job, probed, &n_probes);
	size_t none = fe->scan->n_files;

	memset(u, 0, sizeof(*u));
	u->probed = probed;
	u->header_at = xabi_xmalloc((job->n_headers + p->n_prelude + 3 * n_probes + 3) *
				    sizeof(size_t));
	u->header_at[0] = none;
	for (size_t i = 0; i < p->n_prelude; i++)
		put_line(u, none, "#include %s", p->prelude[i]);
	for (size_t i = 0; i < job->n_headers; i++)
		if (!excluded || !excluded[job->headers[i]])
			put_line(u, job->headers[i], "#include \"%s\"",
				 fe->scan->files[job->headers[i]].path);
	u->probe_line = u->lines + 1;
	/* The width of long, to type the literal macros. A struct, so that a
	 * header that ends in "struct s { int a; }", its ';' missing, fails
	 * at its end as it does when another header follows: "expected ';'
	 * after struct". */
	put_line(u, none, "struct " LONG_PROBE " { long l; } " LONG_PROBE ";");
	for (size_t i = 0; i < n_probes; i++) {
		const char *m = probes[i];

		/* Thousands of lines: concatenate rather than printf. */
		xabi_buf_cat(&u->text, "#ifdef ", m, "\nstatic const __typeof__((", m,
			     ")) __xabi_probe_", m, " = (", m, ");\n#endif\n", NULL);
		for (int l = 0; l < 3; l++)
			u->header_at[++u->lines] = none;
	}
	free(probes);
}

/* A hosted parse: the C library under the sysroot (where the arch has
 * one), and the side's own root, its multiarch folder and its pkg-config
 * folders before it on the <...> path, so that a package's <pkg/other.h>
 * and <asm/types.h> are its own, never the host's copy. */
static void put_hosted_args(const struct xabi_frontend *fe, const char *arch,
			    bool libc, struct xabi_strvec *args)
{
	const char *multiarch = xabi_profile_multiarch(fe->profile, arch);

	if (libc && fe->profile->sysroot)
		xabi_strvec_push_nodup(args, xabi_xasprintf("--sysroot=%s",
							    fe->profile->sysroot));
	xabi_strvec_push_nodup(args, xabi_xasprintf("-I%s", fe->tree->root));
	if (*multiarch)
		xabi_strvec_push_nodup(args, xabi_xasprintf("-I%s/%s", fe->tree->root,
							    multiarch));
	for (size_t i = 0; i < fe->tree->n_include_dirs; i++)
		xabi_strvec_push_nodup(args, xabi_xasprintf("-I%s/%s", fe->tree->root,
							    fe->tree->include_dirs[i]));
}

void xabi_frontend_args(const struct xabi_frontend *fe, const struct xabi_job *job,
			struct xabi_strvec *args)
{
	const struct xabi_corpus *c = fe->corpus;
	const char *target = c->space.arches[job->arch].target;
	char *defines = xabi_xstrdup(c->space.audiences[job->audience].defines), *save = NULL;
	bool libc = xabi_profile_has_libc(fe->profile, c->space.arches[job->arch].name);

	xabi_strvec_push(args, "-xc");
	xabi_strvec_push(args, "-std=gnu11");
	if (*target)
		xabi_strvec_push_nodup(args, xabi_xasprintf("--target=%s", target));
	if (!libc) {
		/* No C library: the builtin headers (stdint.h, stddef.h) are
		 * enough, and a host's /usr/include would not match a
		 * foreign target. */
		xabi_strvec_push(args, "-ffreestanding");
		xabi_strvec_push(args, "-nostdlibinc");
	}
	if (fe->profile->hosted)
		put_hosted_args(fe, c->space.arches[job->arch].name, libc, args);
	xabi_strvec_push(args, "-fno-spell-checking");
	xabi_strvec_push(args, "-ferror-limit=0");
	xabi_strvec_push(args, "-w");
	for (char *d = strtok_r(defines, " \t", &save); d; d = strtok_r(NULL, " \t", &save))
		xabi_strvec_push_nodup(args, xabi_xasprintf("-D%s", d));
	if (job->define_version)
		xabi_strvec_push_nodup(args, xabi_xasprintf("-D%s=0x%08llx", c->space.version_macro,
					     (unsigned long long)job->version));
	for (size_t i = 0; i < fe->profile->n_flags; i++)
		xabi_strvec_push(args, fe->profile->flags[i]);
	xabi_strvec_push(args, "-ivfsoverlay");
	xabi_strvec_push(args, fe->overlay);
	if (fe->alias_dir)
		xabi_strvec_push_nodup(args, xabi_xasprintf("-I%s", fe->alias_dir));
	free(defines);
}

