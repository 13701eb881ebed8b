/* SPDX-License-Identifier: MIT */
/* The subcommands, one per cmd_<name>.c. */
#ifndef XABI_CMD_COMMANDS_H
#define XABI_CMD_COMMANDS_H

#include "cli.h"

extern const struct cli_command cmd_baseline;
extern const struct cli_command cmd_compat;
extern const struct cli_command cmd_diff;
extern const struct cli_command cmd_dump;
extern const struct cli_command cmd_kinds;
extern const struct cli_command cmd_rules;
extern const struct cli_command cmd_versions;
extern const struct cli_command cmd_show;
extern const struct cli_command cmd_history;

/* All of them, in `xabi --help` order, ending with NULL (main.c). */
extern const struct cli_command *const xabi_commands[];
/* What `xabi --help` says of xabi and of SOURCEs. */
extern const char xabi_about[];
extern const char xabi_sources[];

/* Write xabi.1 and xabi-COMMAND.1 for each command into `dir`, from the
 * text --help shows (doc.c). Returns 0 or an exit code. */
int doc_write_man(const char *dir);
/* Write a bash completion script for the commands, their options and
 * formats to `path` (NULL: standard output). Returns 0 or an exit code. */
int doc_write_completion(const char *path);

#endif
