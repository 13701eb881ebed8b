/* SPDX-License-Identifier: MIT */
/*
 * The change catalog (DESIGN.md, "Change catalog"): the one table of
 * change kinds, their default severity and compatibility class. The XML
 * report schema and the documentation are checked against it by the tests.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "compare.h"
#include "xabi/diff.h"

#define E XABI_SEV_ERROR
#define W XABI_SEV_WARNING
#define I XABI_SEV_INFO
#define BIN XABI_COMPAT_BINARY
#define SRC XABI_COMPAT_SOURCE
#define SEM XABI_COMPAT_SEMANTIC
#define OK XABI_COMPAT_COMPATIBLE

static const struct xabi_change_kind catalog[XABI_CH_COUNT] = {
	[XABI_CH_ENUM_ADDED] = { "enum.added", I, OK, "an enum type appeared" },
	[XABI_CH_ENUM_REMOVED] = { "enum.removed", E, SRC, "an enum type is gone" },
	[XABI_CH_ENUM_SIZE_CHANGED] = { "enum.size-changed", E, BIN,
		"an enum's underlying type or size changed" },
	[XABI_CH_ENUMERATOR_ADDED] = { "enumerator.added", I, OK, "a new enumerator" },
	[XABI_CH_ENUMERATOR_REMOVED] = { "enumerator.removed", E, SRC,
		"an enumerator's name is gone and its value not reused" },
	[XABI_CH_ENUMERATOR_VALUE_CHANGED] = { "enumerator.value-changed", E, BIN,
		"same name, new value" },
	[XABI_CH_ENUMERATOR_RENAMED] = { "enumerator.renamed", W, SRC,
		"same value, new name, same meaning" },
	[XABI_CH_ENUMERATOR_RETIRED] = { "enumerator.retired", W, SEM,
		"same value, new name marking it unused, reserved or deprecated" },
	[XABI_CH_ENUMERATOR_MEANING_CHANGED] = { "enumerator.meaning-changed", W, SEM,
		"same name and value, description materially changed" },
	[XABI_CH_ENUMERATOR_VALUE_REUSED] = { "enumerator.value-reused", E, SEM,
		"a value now carries a different meaning than before" },
	[XABI_CH_ENUMERATOR_VERSION_AMBIGUOUS] = { "enumerator.version-ambiguous", E, SEM,
		"one value means different things under different interface versions" },
	[XABI_CH_MACRO_ADDED] = { "macro.added", I, OK,
		"a new macro (integer, string or function-like)" },
	[XABI_CH_MACRO_REMOVED] = { "macro.removed", E, SRC,
		"a macro (integer, string or function-like) is gone" },
	[XABI_CH_MACRO_VALUE_CHANGED] = { "macro.value-changed", E, BIN,
		"same macro, new value (a function-like macro: new parameters)" },
	[XABI_CH_MACRO_RENAMED] = { "macro.renamed", W, SRC,
		"same value in the same family, new name, same meaning" },
	[XABI_CH_MACRO_RETIRED] = { "macro.retired", W, SEM,
		"same value in the same family, new name marking it unused" },
	[XABI_CH_MACRO_VALUE_REUSED] = { "macro.value-reused", E, SEM,
		"a value of a family now carries a different meaning" },
	[XABI_CH_MACRO_VERSION_AMBIGUOUS] = { "macro.version-ambiguous", E, SEM,
		"one value of a family means different things under different versions" },
	[XABI_CH_MACRO_COLLISION] = { "macro.collision", W, SEM,
		"two names of one family newly share a value" },
	[XABI_CH_MACRO_TYPE_CHANGED] = { "macro.type-changed", W, SRC,
		"value kept, type or width changed" },
	[XABI_CH_MACRO_BODY_CHANGED] = { "macro.body-changed", W, SRC,
		"function-like macro, same parameters, other replacement tokens" },
	[XABI_CH_RECORD_ADDED] = { "record.added", I, OK, "a new struct or union" },
	[XABI_CH_RECORD_REMOVED] = { "record.removed", E, SRC, "a struct or union is gone" },
	[XABI_CH_RECORD_SIZE_CHANGED] = { "record.size-changed", E, BIN,
		"a struct or union changed size" },
	[XABI_CH_RECORD_ALIGN_CHANGED] = { "record.align-changed", E, BIN,
		"a struct or union changed alignment" },
	[XABI_CH_RECORD_KIND_CHANGED] = { "record.kind-changed", E, BIN,
		"a struct became a union or the reverse" },
	[XABI_CH_FIELD_ADDED] = { "field.added", I, OK,
		"a new field (the record's own size change is reported apart)" },
	[XABI_CH_FIELD_REMOVED] = { "field.removed", E, SRC, "a field is gone" },
	[XABI_CH_FIELD_RENAMED] = { "field.renamed", W, SRC,
		"same offset and type, new name" },
	[XABI_CH_FIELD_OFFSET_CHANGED] = { "field.offset-changed", E, BIN,
		"a field moved" },
	[XABI_CH_FIELD_TYPE_CHANGED] = { "field.type-changed", E, BIN,
		"a field's type changed" },
	[XABI_CH_FIELD_TYPE_RESPELLED] = { "field.type-respelled", I, OK,
		"a field's type is spelled differently with the same size and signedness "
		"(unsigned int and unsigned long on a 32-bit arch)" },
	[XABI_CH_FIELD_SIZE_CHANGED] = { "field.size-changed", E, BIN,
		"a field's size changed" },
	[XABI_CH_FIELD_BITFIELD_CHANGED] = { "field.bitfield-changed", E, BIN,
		"a field's bit-field width changed" },
	[XABI_CH_FIELD_RESERVED_USED] = { "field.reserved-used", I, OK,
		"a pad or reserved field was given a name and a meaning" },
	[XABI_CH_TYPEDEF_ADDED] = { "typedef.added", I, OK, "a new typedef" },
	[XABI_CH_TYPEDEF_REMOVED] = { "typedef.removed", E, SRC, "a typedef is gone" },
	[XABI_CH_TYPEDEF_TYPE_CHANGED] = { "typedef.type-changed", E, BIN,
		"a typedef names another type" },
	[XABI_CH_FUNCTION_ADDED] = { "function.added", I, OK, "a new prototype" },
	[XABI_CH_FUNCTION_REMOVED] = { "function.removed", E, SRC, "a prototype is gone" },
	[XABI_CH_FUNCTION_RETURN_CHANGED] = { "function.return-changed", E, BIN,
		"a function's return type changed" },
	[XABI_CH_FUNCTION_PARAMS_CHANGED] = { "function.params-changed", E, BIN,
		"a function's parameters changed" },
	[XABI_CH_VARIABLE_ADDED] = { "variable.added", I, OK, "a new variable" },
	[XABI_CH_VARIABLE_REMOVED] = { "variable.removed", E, SRC, "a variable is gone" },
	[XABI_CH_VARIABLE_TYPE_CHANGED] = { "variable.type-changed", E, BIN,
		"a variable's type changed" },
	[XABI_CH_ENTITY_AUDIENCE_CHANGED] = { "entity.audience-changed", E, SRC,
		"no longer visible to an audience (guest, tools) that saw it" },
	[XABI_CH_ENTITY_VERSION_GATE_CHANGED] = { "entity.version-gate-changed", E, SRC,
		"no longer visible at an interface version that saw it" },
	[XABI_CH_HEADER_UNPARSED_NEW] = { "header.unparsed-new", W, SRC,
		"a header new in the new tree does not parse, so it is not compared" },
	[XABI_CH_HEADER_REMOVED] = { "header.removed", E, SRC,
		"a header is gone: consumers that include it stop compiling (what it "
		"declared is listed under it)" },
	[XABI_CH_HEADER_UNPARSED] = { "header.unparsed", E, SRC,
		"a header that parsed in the old tree does not parse in the new one" },
	[XABI_CH_RECORD_ARCH_DIVERGENCE] = { "record.arch-divergence", E, BIN,
		"a layout now differs between the 32- and 64-bit arches of a family" },
	[XABI_CH_POLICY_UNGATED_CHANGE] = { "policy.ungated-change", E, BIN,
		"an annotation on an error that reaches guests pinned to an interface version the "
		"old release offered (not a finding of its own)" },
	[XABI_CH_POLICY_VERSION_NOT_BUMPED] = { "policy.version-not-bumped", E, BIN,
		"a tools interface changed incompatibly and its version macro did not increase" },
	[XABI_CH_POLICY_WAIVER_EXPIRED] = { "policy.waiver-expired", W, OK,
		"a waiver in the rules has expired and no longer suppresses" },
	[XABI_CH_ELF_LIBRARY_REMOVED] = { "elf.library-removed", E, BIN,
		"a library is gone: programs linked to it no longer start (its symbols are "
		"listed under it)" },
	[XABI_CH_ELF_SYMBOL_REMOVED] = { "elf.symbol-removed", E, BIN,
		"a library no longer exports a symbol" },
	[XABI_CH_ELF_SYMBOL_ADDED] = { "elf.symbol-added", I, OK, "a library exports a new symbol" },
	[XABI_CH_ELF_SYMBOL_VERSION_REMOVED] = { "elf.symbol-version-removed", E, BIN,
		"a symbol is still exported, but no longer at a version it had" },
	[XABI_CH_ELF_SONAME_CHANGED] = { "elf.soname-changed", W, BIN,
		"a library's SONAME changed (its consumers must be relinked)" },
	[XABI_CH_ELF_SYMBOL_TYPE_CHANGED] = { "elf.symbol-type-changed", E, BIN,
		"a symbol changed type (a function became data, ...)" },
	[XABI_CH_ELF_SYMBOL_SIZE_CHANGED] = { "elf.symbol-size-changed", E, BIN,
		"an exported data object changed size" },
	[XABI_CH_COMPAT_SYMBOL_UNRESOLVED] = { "compat.symbol-unresolved", E, BIN,
		"an application needs a symbol or version no given library provides" },
};

const struct xabi_change_kind *xabi_change_kind(enum xabi_change_id id)
{
	return id < XABI_CH_COUNT ? &catalog[id] : NULL;
}

/* Names and values of enumerators and macros change by design across a
 * version bump (the run-time view judges what they mean), and a plain
 * rename harms nobody at run time. */
static bool is_value_kind(enum xabi_change_id id)
{
	return (id >= XABI_CH_ENUMERATOR_ADDED && id <= XABI_CH_ENUMERATOR_VERSION_AMBIGUOUS) ||
	       (id >= XABI_CH_MACRO_ADDED && id <= XABI_CH_MACRO_BODY_CHANGED);
}

enum xabi_severity xabi_change_severity(enum xabi_change_id id, unsigned view)
{
	if (view == XABI_VIEW_BUMP && is_value_kind(id))
		return XABI_SEV_INFO;
	if (view == XABI_VIEW_RUNTIME &&
	    (id == XABI_CH_ENUMERATOR_RENAMED || id == XABI_CH_MACRO_RENAMED))
		return XABI_SEV_INFO;
	return catalog[id].severity;
}

/*
 * Compatible patterns Xen relies on: a change whose kind would be an
 * error, explained by something else in the same diff, reaches no
 * consumer that exists. Each explanation caps the kind's severity here,
 * so the catalog stays the one place that decides it.
 */
static const struct {
	const char *id;
	enum xabi_severity cap;
} explanations[XABI_WHY_COUNT] = {
	[XABI_WHY_NONE] = { "", E },
	/* A bound, count or mask that grew to take in items added to its
	 * family: consumers built against the old bound never see the new
	 * items, and the old items keep their values. */
	[XABI_WHY_GROWS_WITH_ADDITION] = { "grows-with-addition", I },
};

enum xabi_severity xabi_change_severity_why(enum xabi_change_id id, unsigned view,
					    enum xabi_why why)
{
	enum xabi_severity s = xabi_change_severity(id, view);

	return s > explanations[why].cap ? explanations[why].cap : s;
}

const char *xabi_change_view_note(enum xabi_change_id id)
{
	if (id == XABI_CH_ENUMERATOR_RENAMED || id == XABI_CH_MACRO_RENAMED)
		return "bump, runtime: info";
	return is_value_kind(id) && catalog[id].severity != XABI_SEV_INFO ? "bump: info" : "";
}

int xabi_change_kind_parse(const char *name, enum xabi_change_id *out)
{
	for (int i = 0; i < XABI_CH_COUNT; i++)
		if (!strcmp(catalog[i].id, name)) {
			*out = (enum xabi_change_id)i;
			return 0;
		}
	return XABI_ENOTFOUND;
}

const char *xabi_severity_name(enum xabi_severity s)
{
	static const char *const names[] = { "info", "warning", "error" };

	return s < XABI_SEV_COUNT ? names[s] : "?";
}

const char *xabi_compat_name(enum xabi_compat c)
{
	static const char *const names[] = { "binary", "source", "semantic", "compatible" };

	return c <= XABI_COMPAT_COMPATIBLE ? names[c] : "?";
}

char *xabi_view_names(unsigned views)
{
	static const char *const names[] = { "pinned", "latest", "bump", "runtime" };
	struct xabi_buf b = XABI_BUF_INIT;

	for (unsigned i = 0; i < 4; i++)
		if (views & (1u << i))
			xabi_buf_printf(&b, "%s%s", b.len ? " " : "", names[i]);
	return xabi_buf_detach(&b);
}
