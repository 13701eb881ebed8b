/* SPDX-License-Identifier: MIT */
/* Option parsing, help, source loading and messages shared by subcommands. */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "xabi/dump.h"
#include "xabi/output.h"
#include "xabi/profile.h"
#include "xabi/report.h"
#include "xabi/rules.h"
#include "xabi/source.h"
#include "xabi/text.h"


static const struct cli_opt_def opt_defs[OPT_END] = {
	[OPT_PROFILE] = { "profile", 'P', "NAME|FILE",
		"how the headers are compiled: a built-in profile (xen, c) or a "
		"profile file; default xen" },
	[OPT_ARCH] = { "arch", 0, "LIST",
		"arches to evaluate, comma-separated (xen: x86_64,x86_32,arm64,arm32; also riscv64,ppc64); "
		"default: the profile's" },
	[OPT_AUDIENCE] = { "audience", 0, "LIST",
		"audiences to evaluate (xen: guest, tools, hypervisor); default: "
		"the profile's (xen: guest,tools)" },
	[OPT_IFACE] = { "iface", 0, "LIST|all|latest",
		"interface versions to evaluate: 'all' partitions (default), "
		"'latest', or versions such as 0x00040600 (each selects its partition)" },
	[OPT_INCLUDE] = { "include", 'I', "DIR",
		"add DIR to the include path (for the c profile)" },
	[OPT_SYSROOT] = { "sysroot", 0, "DIR",
		"read the C library's headers from DIR/usr/include, not the host's "
		"(c profile; with --arch for another machine)" },
	[OPT_DEFINE] = { "define", 'D', "NAME[=VALUE]",
		"define a macro for every configuration" },
	[OPT_VERSION_MACRO] = { "version-macro", 0, "NAME",
		"the macro that selects an interface version (c profile); its "
		"#if comparisons become partitions" },
	[OPT_JOBS] = { "jobs", 'j', "N",
		"parse with N threads; default: one per processor" },
	[OPT_PROGRESS] = { "progress", 0, NULL,
		"show progress on standard error (default on a terminal)" },
	[OPT_NO_PROGRESS] = { "no-progress", 0, NULL, "never show progress" },
	[OPT_QUIET] = { "quiet", 'q', NULL, "no progress and no warnings" },
	[OPT_OUTPUT] = { "output", 'o', "FILE",
		"write to FILE (replaced atomically) instead of standard output" },

	[OPT_FORMAT] = { "format", 0, "FORMAT", NULL /* listed per command */ },
	[OPT_RULES] = { "rules", 0, "FILE",
		"apply a rules file: severity overrides, suppressions (libabigail's "
		"[suppress_type] and friends, xabi's [suppress_change]), waivers, "
		"policy switches; repeatable" },
	[OPT_SHOW_SUPPRESSED] = { "show-suppressed", 0, NULL,
		"also list the changes the rules suppressed, and by which rule" },
	[OPT_CHECK] = { "check", 0, "FILE", "a rules file to check; repeatable" },
	[OPT_EXPLAIN] = { "explain", 0, NULL,
		"compare OLD with NEW and show what the rules would suppress" },
	[OPT_TAGS] = { "tags", 0, "PATTERN", "the release tags, a glob such as 'RELEASE-*'" },
	[OPT_SINCE] = { "since", 0, "RELEASE",
		"judge each change against RELEASE (a dump, tree or git:REV of the release "
		"the patch builds on): nothing is worse than what RELEASE -> NEW says of "
		"it, and what brings back RELEASE's ABI is info" },
	[OPT_FULL_PARSE] = { "full-parse", 0, NULL,
		"parse every header of a tree, even those whose bytes and includes did "
		"not change since the source before it (by default their facts are "
		"taken from that source: the report is the same, byte for byte, only "
		"slower)" },
	[OPT_CACHE] = { "cache", 0, "DIR",
		"keep each header tree's extraction in DIR, named by its contents, and "
		"read it from there next time instead of parsing (in CI, keep DIR "
		"between pipelines: a patch's parent is then never parsed)" },
	[OPT_BASE] = { "base", 0, "REV",
		"print the release tag REV builds on, among those --tags matches, "
		"instead of writing dumps" },
	[OPT_MAX_CONFIGS] = { "max-configs", 0, "N",
		"refuse to evaluate more than N configurations (default 4096)" },
	[OPT_MAX_FACTS] = { "max-facts", 0, "N",
		"refuse to hold more than N distinct facts (default 5000000)" },
	[OPT_HELP] = { "help", 'h', NULL, "show this help" },
	[OPT_VERSION] = { "version", 0, NULL, "show xabi's version and libclang's" },
	[OPT_ENTITY] = { "entity", 0, "NAME",
		"follow the entity NAME (enum, record, macro, ...) across the sources" },
	[OPT_BASELINES] = { "baselines", 0, "DIR",
		"with --tags: read DIR/TAG.abi.xml (from 'xabi baseline -o DIR') where "
		"it exists instead of parsing the tag" },
};

/* -o for commands with formats: several reports from one run. */
static const struct cli_opt_def output_formats = { "output", 'o', "[FORMAT:]FILE",
	"write to FILE (replaced atomically) instead of standard output. "
	"FORMAT:FILE writes FORMAT there and is repeatable, so that one run "
	"writes several reports (FILE '-' is standard output); standard output "
	"then gets a report only if --format names its format" };

/* -o for a command that writes a folder (history --format html). */
static const struct cli_opt_def output_folder = { "output", 'o', "DIR",
	"write into the folder DIR (made if missing)" };

const struct cli_opt_def *cli_opt_def(const struct cli_command *cmd, enum cli_opt id)
{
	if (id == OPT_OUTPUT && cmd->output_folder)
		return &output_folder;
	return id == OPT_OUTPUT && cmd->formats ? &output_formats : &opt_defs[id];
}

static void vmessage(const char *prefix, const char *fmt, va_list ap)
{
	FILE *out = stderr;
	char *text, *safe;
	va_list again;
	int n;

	/* Messages name headers, members and symbols: what a terminal would
	 * act on is shown as \xNN instead. */
	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, again);
	va_end(again);
	text = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (text)
		vsnprintf(text, (size_t)n + 1, fmt, ap);
	safe = text ? xabi_text_escape(text, true) : NULL;
	flockfile(out); /* whole lines: threads never interleave mid-line */
	fputs(prefix, out);
	fputs(safe ? safe : text ? text : "out of memory", out);
	fputc('\n', out);
	funlockfile(out);
	free(safe);
	free(text);
}

void cli_put(FILE *fp, const char *s)
{
	char *safe = xabi_text_escape(s, false);

	fputs(safe ? safe : s, fp);
	free(safe);
}

void cli_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage("xabi: ", fmt, ap);
	va_end(ap);
}

void cli_warning(const struct cli_opts *o, const char *fmt, ...)
{
	va_list ap;

	if (o->quiet)
		return;
	va_start(ap, fmt);
	vmessage("xabi: warning: ", fmt, ap);
	va_end(ap);
}

void cli_print_version(void)
{
	char *clang = xabi_load_clang_version();

	printf("xabi %s (%s)\n", XABI_VERSION, clang);
	free(clang);
}

static void print_usage(const struct cli_command *cmd, FILE *fp)
{
	fprintf(fp, "usage: xabi %s %s\n", cmd->name, cmd->usage);
}

int cli_usage_error(const struct cli_command *cmd, const char *fmt, ...)
{
	va_list ap;

	fputs("xabi: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	print_usage(cmd, stderr);
	fprintf(stderr, "Try 'xabi %s --help' for more.\n", cmd->name);
	return XABI_EXIT_USAGE;
}

/* Print `text` from column `indent`, wrapped before column 80. */
static void print_wrapped(const char *text, int indent)
{
	int col = indent;

	while (*text) {
		int len = (int)strcspn(text, " ");

		if (col > indent && col + 1 + len > 79) {
			printf("\n%*s", indent, "");
			col = indent;
		} else if (col > indent) {
			putchar(' ');
			col++;
		}
		printf("%.*s", len, text);
		col += len;
		text += len;
		while (*text == ' ')
			text++;
	}
	putchar('\n');
}

/*
 * The options `cmd` takes, ending with OPT_END: its table and --version,
 * which every command takes so that no longer name it abbreviates
 * (--version-macro) can capture it.
 */
void cli_command_options(const struct cli_command *cmd, enum cli_opt out[OPT_END + 1])
{
	size_t n = 0;

	for (const enum cli_opt *id = cmd->options; *id != OPT_END; id++)
		if (*id != OPT_VERSION)
			out[n++] = *id;
	out[n++] = OPT_VERSION;
	out[n] = OPT_END;
}

void cli_option_left(const struct cli_opt_def *d, char *buf, size_t size)
{
	snprintf(buf, size, "%s%c%s--%s%s%s",
		 d->short_name ? "-" : " ", d->short_name ? d->short_name : ' ',
		 d->short_name ? ", " : "  ", d->name, d->arg ? " " : "",
		 d->arg ? d->arg : "");
}

void cli_option_help(const struct cli_command *cmd, enum cli_opt id, char *buf, size_t size)
{
	size_t len;

	if (id != OPT_FORMAT) {
		snprintf(buf, size, "%s", cli_opt_def(cmd, id)->help);
		return;
	}
	snprintf(buf, size, "output format:");
	for (const char *const *f = cmd->formats; *f; f++) {
		len = strlen(buf);
		snprintf(buf + len, size - len, "%s %s%s", f == cmd->formats ? "" : ",", *f,
			 f == cmd->formats ? " (default)" : "");
	}
}

const char *cli_exit_status(const struct cli_command *cmd)
{
	return !strcmp(cmd->name, "diff") || !strcmp(cmd->name, "history") ?
	       "0 success, 1 error (bad input, tool failure), 2 usage error;\n"
	       "4 the ABI changed, 8 an incompatible change (bits, combined)." :
	       "0 success, 1 error (bad input, tool failure), 2 usage error.";
}

static void print_help(const struct cli_command *cmd)
{
	enum cli_opt ids[OPT_END + 1];

	cli_command_options(cmd, ids);
	print_usage(cmd, stdout);
	printf("\n%s\n\nOptions:\n", cmd->description);
	for (const enum cli_opt *id = ids; *id != OPT_END; id++) {
		char left[64], help[512];

		cli_option_left(cli_opt_def(cmd, *id), left, sizeof(left));
		cli_option_help(cmd, *id, help, sizeof(help));
		printf("  %-28s", left);
		if (strlen(left) >= 28)
			printf("\n%30s", "");
		print_wrapped(help, 30);
	}
	if (cmd->examples)
		printf("\nExamples:\n%s", cmd->examples);
	printf("\nExit status: %s\n", cli_exit_status(cmd));
}

static void push(const char ***list, size_t *n, const char *value)
{
	*list = realloc(*list, (*n + 1) * sizeof(**list));
	if (!*list) {
		cli_error("out of memory");
		exit(XABI_EXIT_ERROR);
	}
	(*list)[(*n)++] = value;
}

/* Split "a,b,c" in place into the list. */
static void push_split(const char ***list, size_t *n, char *value)
{
	char *save = NULL;

	for (char *p = strtok_r(value, ",", &save); p; p = strtok_r(NULL, ",", &save))
		push(list, n, p);
}

static int parse_iface(const struct cli_command *cmd, struct cli_opts *o, char *v)
{
	char *save = NULL;

	if (!strcmp(v, "all")) {
		o->iface = XABI_IFACE_ALL;
		return 0;
	}
	if (!strcmp(v, "latest")) {
		o->iface = XABI_IFACE_LATEST;
		return 0;
	}
	o->iface = XABI_IFACE_LIST;
	for (char *p = strtok_r(v, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
		char *end;
		unsigned long long x;

		errno = 0;
		x = strtoull(p, &end, 0);
		if (errno || *end || !*p)
			return cli_usage_error(cmd, "--iface: '%s' is not a version "
					       "(expected all, latest, or numbers "
					       "such as 0x00040600)", p);
		o->ifaces = realloc(o->ifaces, (o->n_ifaces + 1) * sizeof(*o->ifaces));
		o->ifaces[o->n_ifaces++] = x;
	}
	return 0;
}

/* `cmd`'s name for the format spelled by the `len` bytes at `name`, or NULL. */
static const char *known_format(const struct cli_command *cmd, const char *name, size_t len)
{
	for (const char *const *f = cmd->formats; f && *f; f++)
		if (strlen(*f) == len && !strncmp(*f, name, len))
			return *f;
	return NULL;
}

static void push_output(struct cli_opts *o, const char *format, const char *path)
{
	o->outputs = realloc(o->outputs, (o->n_outputs + 1) * sizeof(*o->outputs));
	if (!o->outputs) {
		cli_error("out of memory");
		exit(XABI_EXIT_ERROR);
	}
	o->outputs[o->n_outputs++] = (struct cli_output){ format, path };
}

/* -o FILE, or -o FORMAT:FILE when what precedes the colon is one of the
 * command's formats (any other colon is part of a file name). */
static int take_output(const struct cli_command *cmd, struct cli_opts *o, char *arg)
{
	const char *colon = strchr(arg, ':');
	const char *format = colon && !cmd->output_folder ?
			     known_format(cmd, arg, (size_t)(colon - arg)) : NULL;

	if (!format) {
		o->output = arg;
		return 0;
	}
	if (!colon[1])
		return cli_usage_error(cmd, "-o %s: no file after the format", arg);
	push_output(o, format, colon + 1);
	return 0;
}

static bool is_stdout(const char *path)
{
	return !path || !strcmp(path, "-");
}

/* The folder FILE would be written in exists: a run that cannot write
 * its report stops before it parses anything. */
static int check_output_folder(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) :
		    strdup(".");
	struct stat st;
	int rc = 0;

	if (!dir) {
		cli_error("out of memory");
		return XABI_EXIT_ERROR;
	}
	if (stat(dir, &st) != 0) {
		cli_error("cannot write '%s': folder '%s': %s", path, dir, strerror(errno));
		rc = XABI_EXIT_ERROR;
	} else if (!S_ISDIR(st.st_mode)) {
		cli_error("cannot write '%s': '%s' is not a folder", path, dir);
		rc = XABI_EXIT_ERROR;
	} else if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		cli_error("cannot write '%s': %s", path, strerror(EISDIR));
		rc = XABI_EXIT_ERROR;
	}
	free(dir);
	return rc;
}

/* Complete o->outputs with the --format report, and check each target
 * once, before any work. */
static int settle_outputs(const struct cli_command *cmd, struct cli_opts *o)
{
	if (!cmd->formats || cmd->output_folder)
		return 0;
	if (o->output || o->format_given || !o->n_outputs)
		push_output(o, o->format, o->output);
	for (size_t i = 0; i < o->n_outputs; i++) {
		const char *path = o->outputs[i].path;

		for (size_t j = 0; j < i; j++)
			if (is_stdout(path) ? is_stdout(o->outputs[j].path) :
			    o->outputs[j].path && !strcmp(o->outputs[j].path, path))
				return is_stdout(path) ?
				       cli_usage_error(cmd, "two reports to standard output") :
				       cli_usage_error(cmd, "two reports to '%s'", path);
		if (!is_stdout(path) && check_output_folder(path))
			return XABI_EXIT_ERROR;
	}
	return 0;
}

static int take_option(const struct cli_command *cmd, struct cli_opts *o,
		       enum cli_opt id, char *arg)
{
	char *end;

	switch (id) {
	case OPT_PROFILE: o->profile = arg; o->profile_given = true; break;
	case OPT_RULES:
	case OPT_CHECK: push(&o->rules, &o->n_rules, arg); break;
	case OPT_SHOW_SUPPRESSED: o->show_suppressed = true; break;
	case OPT_EXPLAIN: o->explain = true; break;
	case OPT_TAGS: o->tags = arg; break;
	case OPT_SINCE: o->since = arg; break;
	case OPT_BASE: o->base = arg; break;
	case OPT_FULL_PARSE: o->full_parse = true; break;
	case OPT_CACHE: o->cache = arg; break;
	case OPT_MAX_CONFIGS:
	case OPT_MAX_FACTS:
		errno = 0;
		*(id == OPT_MAX_CONFIGS ? &o->limits.max_configs : &o->limits.max_facts) =
			(size_t)strtoull(arg, &end, 10);
		if (errno || *end || !*arg)
			return cli_usage_error(cmd, "--%s: '%s' is not a number",
					       opt_defs[id].name, arg);
		break;
	case OPT_ARCH: push_split(&o->arches, &o->n_arches, arg); break;
	case OPT_AUDIENCE: push_split(&o->audiences, &o->n_audiences, arg); break;
	case OPT_IFACE: return parse_iface(cmd, o, arg);
	case OPT_INCLUDE: push(&o->includes, &o->n_includes, arg); break;
	case OPT_DEFINE: push(&o->defines, &o->n_defines, arg); break;
	case OPT_VERSION_MACRO: o->version_macro = arg; break;
	case OPT_SYSROOT: o->sysroot = arg; break;
	case OPT_JOBS:
		errno = 0;
		o->jobs = (unsigned)strtoul(arg, &end, 10);
		if (errno || *end || !o->jobs || o->jobs > 256)
			return cli_usage_error(cmd, "--jobs: '%s' is not a number "
					       "from 1 to 256", arg);
		break;
	case OPT_PROGRESS: o->progress = 1; break;
	case OPT_NO_PROGRESS: o->progress = 0; break;
	case OPT_QUIET: o->quiet = true; break;
	case OPT_OUTPUT: return take_output(cmd, o, arg);
	case OPT_FORMAT:
		o->format = known_format(cmd, arg, strlen(arg));
		o->format_given = true;
		if (!o->format)
			return cli_usage_error(cmd, "--format: unknown format '%s'", arg);
		break;
	case OPT_HELP:
		print_help(cmd);
		return XABI_EXIT_OK;
	case OPT_VERSION:
		cli_print_version();
		return XABI_EXIT_OK;
	case OPT_ENTITY: o->entity = arg; break;
	case OPT_BASELINES: o->baselines = arg; break;
	case OPT_END:
		break;
	}
	return 0;
}

/* Is `val` (getopt's optopt) an option of the table that needs a value? */
static bool takes_value(const struct option *longopts, size_t n, int val)
{
	for (size_t i = 0; val && i < n; i++)
		if (longopts[i].val == val)
			return longopts[i].has_arg == required_argument;
	return false;
}

static int parse(const struct cli_command *cmd, int argc, char **argv,
		 struct cli_opts *o)
{
	struct option longopts[OPT_END + 1];
	char shortopts[3 * OPT_END + 2] = "";
	enum cli_opt by_val[256 + OPT_END], ids[OPT_END + 1];
	size_t n = 0;
	int c, rc;

	memset(o, 0, sizeof(*o));
	o->profile = "xen";
	o->limits.max_configs = 4096;
	o->limits.max_facts = 5000000;
	o->progress = -1;
	o->format = cmd->formats ? cmd->formats[0] : NULL;
	cli_command_options(cmd, ids);
	for (const enum cli_opt *id = ids; *id != OPT_END; id++, n++) {
		const struct cli_opt_def *d = &opt_defs[*id];
		int val = d->short_name ? d->short_name : 256 + (int)*id;

		longopts[n] = (struct option){ d->name, d->arg ? required_argument :
					       no_argument, NULL, val };
		by_val[val] = *id;
		if (d->short_name) {
			size_t len = strlen(shortopts);

			shortopts[len] = (char)d->short_name;
			shortopts[len + 1] = d->arg ? ':' : '\0';
			shortopts[len + 2] = '\0';
		}
	}
	longopts[n] = (struct option){ 0 };
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		if (c == '?' || c == ':') {
			/* As typed: "-o" or "--output". */
			const char *typed = argv[optind - 1];

			if (takes_value(longopts, n, optopt))
				return cli_usage_error(cmd, "option '%s' needs a value", typed);
			return cli_usage_error(cmd, "unknown option '%s'", typed);
		}
		rc = take_option(cmd, o, by_val[c], optarg);
		if (rc || by_val[c] == OPT_HELP || by_val[c] == OPT_VERSION)
			return rc;
	}
	o->args = argv + optind;
	o->n_args = (size_t)(argc - optind);
	if (o->n_args < cmd->min_args)
		return cli_usage_error(cmd, "missing argument");
	if (o->n_args > cmd->max_args)
		return cli_usage_error(cmd, "unexpected argument '%s'",
				       o->args[cmd->max_args]);
	if (o->quiet && o->progress == -1)
		o->progress = 0;
	rc = settle_outputs(cmd, o);
	return rc ? rc : -1;
}

int cli_parse(const struct cli_command *cmd, int argc, char **argv,
	      struct cli_opts *o)
{
	int rc = parse(cmd, argc, argv, o);

	/* The command returns at once: nothing of o is used. */
	if (rc >= 0)
		cli_opts_release(o);
	return rc;
}

struct xabi_selection cli_selection(const struct cli_opts *o)
{
	return (struct xabi_selection){
		.n_arches = o->n_arches, .arches = o->arches,
		.n_audiences = o->n_audiences, .audiences = o->audiences,
		.iface = o->iface, .ifaces = o->ifaces, .n_ifaces = o->n_ifaces,
		.keep_latest = o->keep_latest,
	};
}

void cli_opts_release(struct cli_opts *o)
{
	free(o->rules);
	free(o->arches);
	free(o->audiences);
	free(o->includes);
	free(o->defines);
	free(o->ifaces);
	free(o->outputs);
}

int cli_write_output(const struct cli_opts *o,
		     int (*fn)(FILE *fp, void *payload, struct xabi_ctx *ctx),
		     void *payload)
{
	struct xabi_output out;
	struct xabi_ctx ctx = { 0 };

	if (xabi_output_open(&out, o->output, &ctx)) {
		cli_error("%s", ctx.message);
		return XABI_EXIT_ERROR;
	}
	if (fn(out.fp, payload, &ctx)) {
		xabi_output_abort(&out);
		cli_error("%s", ctx.message);
		return XABI_EXIT_ERROR;
	}
	if (xabi_output_commit(&out, &ctx)) {
		cli_error("%s", ctx.message);
		return XABI_EXIT_ERROR;
	}
	return 0;
}

int cli_write_outputs(const struct cli_opts *o,
		      int (*fn)(FILE *fp, const struct cli_output *out, void *payload,
				struct xabi_ctx *ctx),
		      void *payload)
{
	struct xabi_output *outs = calloc(o->n_outputs, sizeof(*outs));
	struct xabi_ctx ctx = { 0 };
	size_t opened = 0;
	int rc = 0;

	if (!outs) {
		cli_error("out of memory");
		return XABI_EXIT_ERROR;
	}
	/* Every target open before the first is written, every report
	 * written before the first is moved into place. */
	for (; opened < o->n_outputs; opened++)
		if (xabi_output_open(&outs[opened], o->outputs[opened].path, &ctx))
			goto fail;
	for (size_t i = 0; i < o->n_outputs; i++)
		if (fn(outs[i].fp, &o->outputs[i], payload, &ctx))
			goto fail;
	for (size_t i = 0; i < o->n_outputs; i++)
		if (xabi_output_commit(&outs[i], &ctx) && !rc) {
			cli_error("%s", ctx.message);
			rc = XABI_EXIT_ERROR;
		}
	free(outs);
	return rc;
fail:
	cli_error("%s", ctx.message);
	for (size_t i = 0; i < opened; i++)
		xabi_output_abort(&outs[i]);
	free(outs);
	return XABI_EXIT_ERROR;
}

struct report_job {
	const struct xabi_diff *diff;
	struct xabi_report_info info;
};

static int write_report(FILE *fp, const struct cli_output *out, void *payload,
			struct xabi_ctx *ctx)
{
	struct report_job *j = payload;

	j->info.color = is_stdout(out->path) && isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
	return xabi_report_write(j->diff, &j->info, out->format, fp, ctx);
}

int cli_write_report(const struct cli_opts *o, const struct xabi_diff *d,
		     struct xabi_report_info info)
{
	struct report_job j = { d, info };

	return cli_write_outputs(o, write_report, &j);
}
