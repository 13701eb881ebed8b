/* SPDX-License-Identifier: MIT */
/* xabi dump: write a source's corpus as an XML ABI dump or as TSV. */
#include <string.h>

#include "commands.h"
#include "xabi/dump.h"

static const enum cli_opt options[] = {
	OPT_PROFILE, OPT_ARCH, OPT_AUDIENCE, OPT_IFACE, OPT_INCLUDE, OPT_SYSROOT, OPT_DEFINE,
	OPT_VERSION_MACRO, OPT_FORMAT, OPT_OUTPUT, OPT_JOBS, OPT_PROGRESS,
	OPT_NO_PROGRESS, OPT_QUIET, OPT_MAX_CONFIGS, OPT_MAX_FACTS, OPT_HELP, OPT_END
};

static const char *const formats[] = { "xml", "tsv", NULL };

struct dump_job {
	const struct xabi_corpus *c;
	const struct xabi_bitset *only; /* for TSV */
};

static int write_dump(FILE *fp, const struct cli_output *out, void *payload,
		      struct xabi_ctx *ctx)
{
	const struct dump_job *j = payload;

	return strcmp(out->format, "tsv") ? xabi_dump_write(j->c, fp, ctx) :
	       xabi_dump_write_tsv(j->c, j->only, fp, ctx);
}

/* Whether one of the outputs is in `format`. */
static bool writes(const struct cli_opts *o, const char *format)
{
	for (size_t i = 0; i < o->n_outputs; i++)
		if (!strcmp(o->outputs[i].format, format))
			return true;
	return false;
}

/* A dump is written whole, so from a dump the selection options cannot
 * narrow XML; TSV prints the facts where they are selected. */
static bool narrows(const struct cli_opts *o)
{
	return o->n_arches || o->n_audiences || o->iface != XABI_IFACE_ALL;
}

static int run(int argc, char **argv)
{
	struct cli_opts o;
	struct xabi_corpus *c = NULL;
	struct xabi_bitset *only = NULL;
	int rc = cli_parse(&cmd_dump, argc, argv, &o);

	if (rc >= 0)
		return rc;
	if (writes(&o, "xml") && narrows(&o) && xabi_dump_is_dump(o.args[0])) {
		rc = cli_usage_error(&cmd_dump, "--arch, --audience and --iface select what "
				     "is extracted from headers; '%s' is a dump, written whole "
				     "(use --format tsv to print part of it)", o.args[0]);
		cli_opts_release(&o);
		return rc;
	}
	cli_preload_frontend(&o);
	rc = cli_load(&o, o.args[0], &c);
	if (!rc && writes(&o, "tsv")) {
		struct xabi_selection select = cli_selection(&o);
		struct xabi_ctx ctx = { 0 };

		/* A tree was extracted for the selection; a dump holds more. */
		if (xabi_space_select(&only, &c->space, &select, &ctx)) {
			cli_error("%s: %s", o.args[0], ctx.message);
			rc = XABI_EXIT_USAGE;
		}
	}
	if (!rc) {
		struct dump_job j = { c, only };

		rc = cli_write_outputs(&o, write_dump, &j);
	}
	xabi_bitset_free(only);
	xabi_corpus_free(c);
	cli_opts_release(&o);
	return rc;
}

const struct cli_command cmd_dump = {
	.name = "dump",
	.run = run,
	.summary = "write the ABI of a header tree (every fact, every configuration)",
	.usage = "[OPTIONS] SOURCE",
	.description =
		"Parse SOURCE's headers under every configuration (arch x audience x\n"
		"interface version) and write what they declare: enums and enumerators,\n"
		"integer macros, structs and unions with every field's offset and size,\n"
		"typedefs, functions and variables, each with the configurations where\n"
		"it holds. The XML dump can stand in for the tree on either side of\n"
		"'xabi diff'; TSV is one fact per line for scripts (kind, scope, name,\n"
		"attributes, location, where).",
	.options = options,
	.formats = formats,
	.min_args = 1,
	.max_args = 1,
	.examples =
		"  xabi dump xen/include/public -o xen-4.20.abi.xml\n"
		"  xabi dump --format tsv --arch x86_32 --audience guest --iface 0x00040600 .\n"
		"  xabi dump --profile c -I include --version-macro MYLIB_API include\n",
};
