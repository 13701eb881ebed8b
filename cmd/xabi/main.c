/* SPDX-License-Identifier: MIT */
/*
 * xabi: the command table and dispatch. Each subcommand lives in
 * cmd_<name>.c with its own option list and help (see cli.h).
 */
#include <errno.h>
#include <malloc.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

const struct cli_command *const xabi_commands[] = {
	&cmd_diff,
	&cmd_dump,
	&cmd_versions,
	&cmd_show,
	&cmd_compat,
	&cmd_baseline,
	&cmd_kinds,
	&cmd_rules,
	&cmd_history,
	NULL,
};

const char xabi_about[] =
	"xabi checks C interface headers for ABI changes under every\n"
	"configuration a consumer can compile them in: every arch, every\n"
	"audience (guest, tools), every interface version. It is built\n"
	"first for the Xen hypervisor's public headers.";

const char xabi_sources[] =
	"A SOURCE is a directory (a Xen source tree, xen/include/public,\n"
	"or an installed prefix such as /usr/include), git:REV (a revision\n"
	"of the repository in the current directory), a .deb package or a\n"
	"folder of them, a shared library, or an ABI dump made by 'xabi dump'.";

static void print_main_help(void)
{
	printf("usage: xabi COMMAND [OPTIONS] ARGS...\n\n%s\n\nCommands:\n", xabi_about);
	for (const struct cli_command *const *c = xabi_commands; *c; c++)
		printf("  %-10s %s\n", (*c)->name, (*c)->summary);
	printf("\n%s\n\nRun 'xabi COMMAND --help' for a command's options and examples.\n",
	       xabi_sources);
}

/* Whatever a command printed must have reached standard output: a full
 * disk or a closed pipe is an error, never a silent success. */
static int finish(int rc)
{
	bool failed;

	errno = 0;
	failed = fflush(stdout) != 0 || ferror(stdout);
	/* An error or a usage error has been reported already. */
	if (!failed || rc == XABI_EXIT_ERROR || rc == XABI_EXIT_USAGE)
		return rc;
	if (errno)
		cli_error("cannot write to standard output: %s", strerror(errno));
	else
		cli_error("cannot write to standard output");
	return XABI_EXIT_ERROR;
}

static int dispatch(int argc, char **argv)
{
	const char *name = argc > 1 ? argv[1] : NULL;

	if (!name) {
		print_main_help();
		return XABI_EXIT_USAGE;
	}
	/* Build-time modes, for the man pages and completion cmake installs. */
	if (!strcmp(name, "help") && argc == 4 && !strcmp(argv[2], "--man"))
		return doc_write_man(argv[3]);
	if (!strcmp(name, "help") && argc >= 3 && argc <= 4 &&
	    !strcmp(argv[2], "--bash-completion"))
		return doc_write_completion(argv[3]);
	if (!strcmp(name, "--help") || !strcmp(name, "-h") || !strcmp(name, "help")) {
		if (argc > 2 && strcmp(name, "help") == 0)
			for (const struct cli_command *const *c = xabi_commands; *c; c++)
				if (!strcmp((*c)->name, argv[2])) {
					char *help_argv[] = { argv[2], (char *)"--help", NULL };

					return (*c)->run(2, help_argv);
				}
		print_main_help();
		return XABI_EXIT_OK;
	}
	if (!strcmp(name, "--version")) {
		cli_print_version();
		return XABI_EXIT_OK;
	}
	for (const struct cli_command *const *c = xabi_commands; *c; c++)
		if (!strcmp((*c)->name, name))
			return (*c)->run(argc - 1, argv + 1);
	cli_error("'%s' is not a command; run 'xabi --help' for the list", name);
	return XABI_EXIT_USAGE;
}

int main(int argc, char **argv)
{
#ifdef M_TOP_PAD
	/* libclang allocates tens of megabytes per parse in small steps; by
	 * default glibc grows each thread's heap a page at a time, one
	 * mprotect system call each (over a thousand per parse). Untouched
	 * padding costs no resident memory. */
	mallopt(M_TOP_PAD, 16 << 20);
#endif
	return finish(dispatch(argc, argv));
}
