/* SPDX-License-Identifier: MIT */
/*
 * Shared by the subcommands: one table of options (each subcommand picks
 * the ones it takes, and its --help is generated from them), the options
 * as the library takes them, progress, messages and exit codes.
 */
#ifndef XABI_CMD_CLI_H
#define XABI_CMD_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

#include "xabi/load.h"
#include "xabi/model.h"

/* Exit status: a bitmask compatible with libabigail's abidiff. */
enum {
	XABI_EXIT_OK = 0,
	XABI_EXIT_ERROR = 1,        /* bad input, tool failure */
	XABI_EXIT_USAGE = 2,        /* bad command line */
	XABI_EXIT_CHANGED = 4,      /* the ABI changed */
	XABI_EXIT_INCOMPATIBLE = 8, /* some change has severity error */
};

enum cli_opt {
	OPT_PROFILE, OPT_ARCH, OPT_AUDIENCE, OPT_IFACE, OPT_INCLUDE, OPT_DEFINE,
	OPT_VERSION_MACRO, OPT_JOBS, OPT_PROGRESS, OPT_NO_PROGRESS, OPT_QUIET,
	OPT_OUTPUT, OPT_FORMAT, OPT_RULES, OPT_SHOW_SUPPRESSED, OPT_CHECK,
	OPT_EXPLAIN, OPT_TAGS, OPT_BASE, OPT_MAX_CONFIGS, OPT_MAX_FACTS, OPT_SINCE, OPT_HELP,
	OPT_VERSION, /* every command takes it; not listed in the tables */
	OPT_ENTITY, OPT_BASELINES, OPT_FULL_PARSE, OPT_CACHE, OPT_SYSROOT,
	OPT_END
};

struct cli_command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;     /* one line, for `xabi --help` */
	const char *usage;       /* after "xabi NAME " */
	const char *description; /* paragraphs for NAME --help */
	const enum cli_opt *options; /* ends with OPT_END */
	const char *const *formats;  /* --format values, first is default */
	size_t min_args, max_args;
	const char *examples;
	/* -o names a folder the command writes in (history's page), not a
	 * report file: no FORMAT:FILE, no file checks. */
	bool output_folder;
};

/* One report to write: an -o FORMAT:FILE, or the --format one. */
struct cli_output {
	const char *format;
	const char *path; /* NULL or "-": standard output */
};

/* An option as --help, man pages and completion show it. */
struct cli_opt_def {
	const char *name;
	int short_name; /* 0: long only */
	const char *arg;  /* NULL: takes no argument */
	const char *help;
};

/* The options `cmd` takes, its table then --version, ending with OPT_END. */
void cli_command_options(const struct cli_command *cmd, enum cli_opt out[OPT_END + 1]);
const struct cli_opt_def *cli_opt_def(const struct cli_command *cmd, enum cli_opt id);
/* "-o, --output FILE": the option as --help's left column shows it. */
void cli_option_left(const struct cli_opt_def *d, char *buf, size_t size);
/* Its help text for `cmd` (--format lists cmd's formats). */
void cli_option_help(const struct cli_command *cmd, enum cli_opt id, char *buf, size_t size);
/* What `cmd`'s exit codes mean. */
const char *cli_exit_status(const struct cli_command *cmd);

/* What the options said. */
struct cli_opts {
	const char *profile;
	bool profile_given;
	const char **rules;  /* --rules and --check files */
	size_t n_rules;
	bool show_suppressed, explain;
	const char *tags;
	const char *since; /* diff: the release a patch is judged against */
	const char *base; /* --base REV */
	const char **arches, **audiences, **includes, **defines;
	size_t n_arches, n_audiences, n_includes, n_defines;
	enum xabi_iface_mode iface;
	uint64_t *ifaces;
	size_t n_ifaces;
	const char *version_macro;
	const char *sysroot; /* --sysroot: where a hosted profile's C library is */
	unsigned jobs;
	struct xabi_limits limits; /* --max-configs, --max-facts */
	int progress; /* -1: on a terminal */
	bool quiet;
	const char *output;  /* plain -o FILE: where the --format report goes */
	const char *format;
	bool format_given;
	/* For commands with formats, every report to write: each -o
	 * FORMAT:FILE, then the --format one (to -o FILE, or to standard
	 * output) unless only -o FORMAT:FILE was given. */
	struct cli_output *outputs;
	size_t n_outputs;
	bool keep_latest; /* extract the latest version whatever --iface says */
	const char *side; /* "old" or "new" while diff loads one, for progress */
	/* diff, history: the source loaded before, whose parses with an
	 * unchanged input this one takes instead of parsing (none with
	 * --full-parse). */
	const struct xabi_corpus *reference;
	const char *reference_source;
	bool full_parse;
	const char *cache; /* --cache DIR */
	char **args;  /* positional arguments */
	size_t n_args;
	const char *entity;    /* history: the entity to follow */
	const char *baselines; /* history: the folder of `xabi baseline` dumps */
};

/*
 * Parse argv for `cmd`. Returns -1 when parsing succeeded, otherwise the
 * exit code to return now (0 after --help or --version, XABI_EXIT_USAGE
 * after a usage error, which it has reported with the usage line), having
 * released *o.
 */
int cli_parse(const struct cli_command *cmd, int argc, char **argv,
	      struct cli_opts *o);
/* Print "xabi VERSION (libclang VERSION)", for --version. */
void cli_print_version(void);
void cli_opts_release(struct cli_opts *o);

/* The configurations --arch, --audience and --iface name (borrowing o's
 * lists). */
struct xabi_selection cli_selection(const struct cli_opts *o);

/* The options as xabi_load_source() takes them (borrowing o's lists):
 * warnings and progress lines go to stderr as --quiet and --progress say. */
struct xabi_load_options cli_load_options(const struct cli_opts *o);

/* Print "xabi: message" (or "xabi: warning: message") on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print `s` (a name or path from the inputs) as a terminal may show it:
 * control bytes and bytes that are not UTF-8 as \xNN (xabi_text_escape). */
void cli_put(FILE *fp, const char *s);
void cli_warning(const struct cli_opts *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* A usage error: the message, the usage line, exit code 2. */
int cli_usage_error(const struct cli_command *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Load SOURCE (a header tree, git:REV, a package, a library or a dump: see
 * xabi_load_source()) into a corpus, honouring the selection options.
 * Returns 0 or an exit code, having reported the error.
 */
int cli_load(const struct cli_opts *o, const char *source,
	     struct xabi_corpus **out);
/* When a source will be parsed, start loading libclang in the background
 * now, to overlap with the rest of the set-up. */
void cli_preload_frontend(const struct cli_opts *o);

/* Add the shared libraries or archives `files` to *c, making a library
 * corpus if *c is NULL. Returns 0 or an exit code. */
int cli_load_libraries(const struct cli_opts *o, char *const *files, size_t n,
		       struct xabi_corpus **c);

/* --progress, or by default a terminal on stderr. */
bool cli_progress_wanted(const struct cli_opts *o);

/* Report the library's error in ctx; its exit code (2 for XABI_EUSAGE). */
int cli_exit_code(const struct xabi_ctx *ctx);

/*
 * Load the profile for policies (the one named by --profile, else the one
 * the new side was made with) and the rules files; report problems.
 * Returns 0 or an exit code.
 */
struct xabi_rules;
int cli_load_policy(const struct cli_opts *o, const struct xabi_corpus *new,
		    struct xabi_profile **profile, struct xabi_rules *rules);

/*
 * Compare `old` with `new` as `xabi diff` does: the changes in the
 * configurations the options select, then the profile's policies and the
 * rules. *out is the caller's (xabi_diff_free). Returns 0 or an exit
 * code, having reported the error.
 */
struct xabi_diff;
int cli_diff(const struct cli_opts *o, const struct xabi_corpus *old,
	     const struct xabi_corpus *new, const struct xabi_profile *profile,
	     const struct xabi_rules *rules, struct xabi_diff **out);

/* Write the report of `d` in --format to -o FILE or standard output;
 * colours are on when that is a terminal and NO_COLOR is unset. Returns
 * 0 or an exit code, having reported the error. */
struct xabi_diff;
struct xabi_report_info;
int cli_write_report(const struct cli_opts *o, const struct xabi_diff *d,
		     struct xabi_report_info info);

/*
 * Write each of o->outputs through `fn`, all or none: a failed write
 * leaves every target as it was. Returns 0 or an exit code, having
 * reported the error.
 */
int cli_write_outputs(const struct cli_opts *o,
		      int (*fn)(FILE *fp, const struct cli_output *out, void *payload,
				struct xabi_ctx *ctx),
		      void *payload);

/* Write through `fn` to -o FILE (atomically) or standard output. */
int cli_write_output(const struct cli_opts *o,
		     int (*fn)(FILE *fp, void *payload, struct xabi_ctx *ctx),
		     void *payload);

#endif
