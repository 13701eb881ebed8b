/* SPDX-License-Identifier: MIT */
/*
 * Compiling the regular expressions of rules files safely. A rules file can
 * come with the patch under review, so its patterns are untrusted: glibc
 * expands a+ into aa* and a{m,n} into n copies, so stacked or nested
 * repetition grows exponentially (fuzzing found `e++++...` taking 24 GB),
 * and back-references make matching exponential. Patterns whose compiled
 * size would pass a budget, and back-references, are refused.
 */
#ifndef XABI_POLICY_REGEX_H
#define XABI_POLICY_REGEX_H

#include <regex.h>
#include <stddef.h>

/* regcomp() with REG_EXTENDED | REG_NOSUB, after the checks above. 0, or
 * non-zero with the reason in `why`. */
int xabi_regex_compile(regex_t *re, const char *pattern, char *why, size_t why_len);

#endif
