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

#endif
