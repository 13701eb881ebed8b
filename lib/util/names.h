/* SPDX-License-Identifier: MIT */
/* Checking names the user gave (arches, audiences) against a list. */
#ifndef XABI_UTIL_NAMES_H
#define XABI_UTIL_NAMES_H

#include <stddef.h>

#include "xabi/error.h"

/* The index of `name` in `have`, or n_have when it is not there. */
size_t xabi_names_find(const char *name, const char *const *have, size_t n_have);

/*
 * Is every name of `want` one of `have`? If not, XABI_EINVALID with
 * "unknown WHAT 'NAME' (OWNER has: A, B)", or "(known: A, B)" when
 * `owner` is NULL.
 */
int xabi_names_check(const char *what, const char *const *want, size_t n_want,
		     const char *const *have, size_t n_have, const char *owner,
		     struct xabi_ctx *ctx);

#endif
