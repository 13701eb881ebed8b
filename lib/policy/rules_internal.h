/* SPDX-License-Identifier: MIT */
/* Internal to policy/: one rule of a rules file. */
#ifndef XABI_POLICY_RULES_INTERNAL_H
#define XABI_POLICY_RULES_INTERNAL_H

#include <regex.h>

#include "xabi/rules.h"

enum rule_type {
	RULE_SUPPRESS_TYPE,
	RULE_SUPPRESS_FUNCTION,
	RULE_SUPPRESS_VARIABLE,
	RULE_SUPPRESS_CHANGE,
	RULE_WAIVER,
	RULE_OVERRIDE,
	RULE_TYPE_COUNT
};

struct xabi_rule {
	enum rule_type type;
	char *file;       /* where it was written */
	unsigned line;
	char *label;
	char *kind;       /* change kind glob (suppress_change, waiver, override) */
	char *name;       /* exact entity (or type) name */
	regex_t *name_re, *name_not_re, *file_re, *file_not_re;
	char *type_kind;  /* suppress_type: struct, union, enum, typedef */
	char *reason;     /* waiver */
	uint64_t until;   /* waiver: expires once the new side reaches it */
	bool has_until;
	int severity;     /* override: enum xabi_severity, or -1 */
	bool disabled;    /* uses a libabigail property xabi lacks */
};

const char *xabi_rule_type_name(enum rule_type t);

#endif
