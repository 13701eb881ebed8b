/* SPDX-License-Identifier: MIT */
/* Printing one entity as `xabi show` does; `xabi history --entity` prints
 * each source's the same way. */
#ifndef XABI_CMD_SHOW_H
#define XABI_CMD_SHOW_H

#include "xabi/entity.h"

/* Print the sections of `e` on standard output, columns aligned and
 * escaped for a terminal. */
void show_print_entity(const struct xabi_entity *e);

#endif
