/* SPDX-License-Identifier: MIT */
/*
 * Reading rules files (see xabi/rules.h) with libinih. inih reports
 * neither where a section starts nor the line of a key, and repeated
 * sections (two [suppress_type]) look alike to its callback, so the text is
 * first annotated: each section header gets its index, and the lines of
 * each section are noted in order, so every callback can name its line.
 */
#include <fnmatch.h>
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/file.h"
#include "../util/initext.h"
#include "regex.h"
#include "rules_internal.h"

struct section {
	unsigned line;   /* of the header */
	unsigned *lines; /* of its entries, in order */
	size_t n_lines, calls;
	struct xabi_rule *rule;
};

struct loader {
	struct xabi_rules *r;
	const char *file;
	struct section *sections;
	size_t n_sections;
	unsigned error_line;
	char error[512];
};

static const char *const type_names[] = {
	[RULE_SUPPRESS_TYPE] = "suppress_type",
	[RULE_SUPPRESS_FUNCTION] = "suppress_function",
	[RULE_SUPPRESS_VARIABLE] = "suppress_variable",
	[RULE_SUPPRESS_CHANGE] = "suppress_change",
	[RULE_WAIVER] = "waiver",
	[RULE_OVERRIDE] = "override",
};

static int fail(struct loader *l, unsigned line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int fail(struct loader *l, unsigned line, const char *fmt, ...)
{
	va_list ap;

	if (!l->error[0]) {
		l->error_line = line;
		va_start(ap, fmt);
		vsnprintf(l->error, sizeof(l->error), fmt, ap);
		va_end(ap);
	}
	return 0;
}

/* Number the sections and note the lines of their entries. Returns the
 * text inih reads, with "[name@index]" headers. */
static char *annotate(struct loader *l, const char *text)
{
	struct xabi_buf out = XABI_BUF_INIT;
	unsigned line = 0;

	/* Section 0 holds anything before the first header. */
	l->sections = xabi_xcalloc(1, sizeof(*l->sections));
	l->n_sections = 1;
	while (*text) {
		size_t len = strcspn(text, "\n");
		const char *s = text;
		struct section *cur = &l->sections[l->n_sections - 1];

		line++;
		while (s < text + len && (*s == ' ' || *s == '\t'))
			s++;
		if (*s == '[' && memchr(s, ']', (size_t)(text + len - s))) {
			const char *end = memchr(s, ']', (size_t)(text + len - s));

			l->sections = xabi_xrealloc(l->sections,
						    (l->n_sections + 1) * sizeof(*l->sections));
			memset(&l->sections[l->n_sections], 0, sizeof(*l->sections));
			l->sections[l->n_sections].line = line;
			xabi_buf_printf(&out, "[%.*s@%zu]%.*s", (int)(end - s - 1), s + 1,
					l->n_sections, (int)(text + len - end - 1), end + 1);
			l->n_sections++;
		} else {
			if (s < text + len && *s != ';' && *s != '#') {
				cur->lines = xabi_xrealloc(cur->lines,
							   (cur->n_lines + 1) * sizeof(unsigned));
				cur->lines[cur->n_lines++] = line;
			}
			xabi_buf_add(&out, text, len);
		}
		xabi_buf_putc(&out, '\n');
		text += len + (text[len] == '\n');
	}
	return xabi_buf_detach(&out);
}

static struct xabi_rule *new_rule(struct loader *l, enum rule_type type, unsigned line)
{
	struct xabi_rules *r = l->r;
	struct xabi_rule *rule = xabi_xcalloc(1, sizeof(*rule));

	rule->type = type;
	rule->file = xabi_xstrdup(l->file);
	rule->line = line;
	rule->severity = -1;
	r->rules = xabi_xrealloc(r->rules, (r->n_rules + 1) * sizeof(*r->rules));
	r->rules[r->n_rules++] = rule;
	return rule;
}

static int set_regex(struct loader *l, unsigned line, regex_t **re, const char *v)
{
	char msg[256];
	int rc;

	if (*re) {
		regfree(*re);
		free(*re);
	}
	*re = xabi_xcalloc(1, sizeof(**re));
	rc = xabi_regex_compile(*re, v, msg, sizeof(msg));
	if (rc) {
		free(*re);
		*re = NULL;
		return fail(l, line, "bad regular expression '%s': %s", v, msg);
	}
	return 1;
}

static int set_string(char **field, const char *v)
{
	free(*field);
	*field = xabi_xstrdup(v);
	return 1;
}

/* "0x00041500" or a release "4.21" (Xen numbers interfaces 0x00MMmm00). */
static bool parse_until(const char *v, uint64_t *out)
{
	unsigned major, minor;
	char *end;
	int n = 0;

	if (!strncmp(v, "0x", 2) || !strncmp(v, "0X", 2)) {
		*out = strtoull(v, &end, 16);
		return end != v + 2 && !*end;
	}
	if (sscanf(v, "%u.%u%n", &major, &minor, &n) == 2 && !v[n] && major < 256 &&
	    minor < 256) {
		*out = (uint64_t)major << 16 | (uint64_t)minor << 8;
		return true;
	}
	return false;
}

static bool parse_yesno(const char *v, int *out)
{
	if (!strcmp(v, "yes") || !strcmp(v, "true") || !strcmp(v, "1"))
		*out = 1;
	else if (!strcmp(v, "no") || !strcmp(v, "false") || !strcmp(v, "0"))
		*out = 0;
	else
		return false;
	return true;
}

static int policy_key(struct loader *l, unsigned line, const char *key, const char *v)
{
	int *flag = !strcmp(key, "ungated_change") ? &l->r->ungated_change :
		    !strcmp(key, "version_not_bumped") ? &l->r->version_not_bumped :
		    !strcmp(key, "arch_divergence") ? &l->r->arch_divergence : NULL;

	if (!strcmp(key, "arch_invariant")) {
		char *copy = xabi_xstrdup(v), *save = NULL;

		for (char *w = strtok_r(copy, " \t,", &save); w; w = strtok_r(NULL, " \t,", &save)) {
			l->r->arch_invariant = xabi_xrealloc(l->r->arch_invariant,
							     (l->r->n_arch_invariant + 1) * sizeof(char *));
			l->r->arch_invariant[l->r->n_arch_invariant++] = xabi_xstrdup(w);
		}
		free(copy);
		return 1;
	}
	if (!flag)
		return fail(l, line, "unknown key '%s' in [policy] (expected ungated_change, "
			    "version_not_bumped, arch_divergence, arch_invariant)", key);
	if (!parse_yesno(v, flag))
		return fail(l, line, "'%s' must be yes or no, not '%s'", key, v);
	return 1;
}

/* libabigail properties xabi does not implement: the suppression is
 * ignored (with a warning) rather than applied too widely. */
static bool libabigail_property(const char *key)
{
	static const char *const known[] = {
		"drop", "soname_regexp", "soname_not_regexp", "source_location_not_in",
		"source_location_not_regexp", "accessed_through", "has_data_member",
		"has_data_member_regexp", "has_data_member_inserted_at",
		"has_data_members_inserted_between", "has_size_change",
		"has_strict_flexible_array_data_member_conversion", "changed_enumerators",
		"changed_enumerators_regexp", "parameter", "return_type_name",
		"return_type_regexp", "symbol_name", "symbol_name_regexp",
		"symbol_name_not_regexp", "symbol_version", "symbol_version_regexp",
		"allow_other_aliases", "change_kind", "type_name", "type_name_regexp",
		"type_name_not_regexp", "reach_kind", NULL
	};

	for (const char *const *k = known; *k; k++)
		if (!strcmp(*k, key))
			return true;
	return false;
}

static int rule_key(struct loader *l, struct xabi_rule *rule, unsigned line,
		    const char *key, const char *v)
{
	bool change_like = rule->type == RULE_SUPPRESS_CHANGE || rule->type == RULE_WAIVER ||
			   rule->type == RULE_OVERRIDE;

	if (!strcmp(key, "name"))
		return set_string(&rule->name, v);
	if (!strcmp(key, "name_regexp"))
		return set_regex(l, line, &rule->name_re, v);
	if (!strcmp(key, "name_not_regexp"))
		return set_regex(l, line, &rule->name_not_re, v);
	if (!strcmp(key, "file_name_regexp"))
		return set_regex(l, line, &rule->file_re, v);
	if (!strcmp(key, "file_name_not_regexp"))
		return set_regex(l, line, &rule->file_not_re, v);
	if (!strcmp(key, "label"))
		return set_string(&rule->label, v);
	if (rule->type == RULE_SUPPRESS_TYPE && !strcmp(key, "type_kind")) {
		if (strcmp(v, "struct") && strcmp(v, "union") && strcmp(v, "enum") &&
		    strcmp(v, "typedef") && strcmp(v, "class"))
			return fail(l, line, "type_kind must be struct, union, enum or "
				    "typedef, not '%s'", v);
		return set_string(&rule->type_kind, v);
	}
	if (change_like && !strcmp(key, "kind"))
		return set_string(&rule->kind, v);
	if (rule->type == RULE_WAIVER && !strcmp(key, "reason"))
		return set_string(&rule->reason, v);
	if (rule->type == RULE_WAIVER && !strcmp(key, "until")) {
		if (!parse_until(v, &rule->until))
			return fail(l, line, "until must be an interface version such as "
				    "0x00041500 or a release such as 4.21, not '%s'", v);
		rule->has_until = true;
		return 1;
	}
	if (rule->type == RULE_OVERRIDE && !strcmp(key, "severity")) {
		for (int s = 0; s < XABI_SEV_COUNT; s++)
			if (!strcmp(v, xabi_severity_name((enum xabi_severity)s)))
				rule->severity = s;
		if (rule->severity < 0)
			return fail(l, line, "severity must be error, warning or info, not '%s'", v);
		return 1;
	}
	if (!change_like && libabigail_property(key)) {
		char *w = xabi_xasprintf("%s:%u: [%s] property '%s' is not supported by "
					 "xabi: this suppression is ignored", l->file, line,
					 type_names[rule->type], key);

		rule->disabled = true;
		l->r->warnings = xabi_xrealloc(l->r->warnings,
					       (l->r->n_warnings + 1) * sizeof(char *));
		l->r->warnings[l->r->n_warnings++] = w;
		return 1;
	}
	return fail(l, line, "unknown key '%s' in [%s] (expected %s)", key,
		    type_names[rule->type],
		    rule->type == RULE_WAIVER ? "kind, name, name_regexp, name_not_regexp, "
						"file_name_regexp, label, reason, until" :
		    rule->type == RULE_OVERRIDE ? "kind, name, name_regexp, name_not_regexp, "
						  "file_name_regexp, label, severity" :
		    change_like ? "kind, name, name_regexp, name_not_regexp, "
				  "file_name_regexp, label" :
		    "name, name_regexp, name_not_regexp, file_name_regexp, "
		    "file_name_not_regexp, type_kind, label");
}

static int on_entry(void *user, const char *section, const char *key, const char *value)
{
	struct loader *l = user;
	const char *at = strrchr(section, '@');
	size_t index = at ? strtoul(at + 1, NULL, 10) : 0;
	struct section *sec = &l->sections[index < l->n_sections ? index : 0];
	unsigned line = sec->calls < sec->n_lines ? sec->lines[sec->calls] : sec->line;
	size_t name_len = at ? (size_t)(at - section) : strlen(section);

	sec->calls++;
	if (!key)
		return 1;
	if (!at)
		return fail(l, line, "'%s' is outside any section (expected a section "
			    "such as [suppress_change] first)", key);
	if (name_len == 6 && !strncmp(section, "policy", 6))
		return policy_key(l, line, key, value);
	if (!sec->rule) {
		for (int t = 0; t < RULE_TYPE_COUNT && !sec->rule; t++)
			if (strlen(type_names[t]) == name_len &&
			    !strncmp(section, type_names[t], name_len))
				sec->rule = new_rule(l, (enum rule_type)t, sec->line);
		if (!sec->rule)
			return fail(l, sec->line, "unknown section [%.*s] (expected "
				    "suppress_type, suppress_function, suppress_variable, "
				    "suppress_change, waiver, override, policy)",
				    (int)name_len, section);
	}
	return rule_key(l, sec->rule, line, key, value);
}

/* What every rule needs, checked once its section is read. */
static void check_rules(struct loader *l, size_t first)
{
	for (size_t i = first; i < l->r->n_rules; i++) {
		struct xabi_rule *r = l->r->rules[i];

		if (r->type == RULE_WAIVER && !r->reason)
			fail(l, r->line, "a [waiver] needs a reason");
		else if (r->type == RULE_OVERRIDE && (r->severity < 0 || !r->kind))
			fail(l, r->line, "an [override] needs a kind and a severity");
	}
}

int xabi_rules_load_text(struct xabi_rules *r, const char *text, size_t len,
			 const char *name, struct xabi_ctx *ctx)
{
	struct loader l = { .r = r, .file = name };
	size_t first = r->n_rules;
	char *checked, *annotated;
	int line, err = xabi_ini_text(&checked, text, len, name, ctx);

	if (err)
		return err;
	annotated = annotate(&l, checked);
	free(checked);
	line = xabi_ini_parse(annotated, on_entry, &l);
	if (!l.error[0] && line > 0)
		fail(&l, (unsigned)line, "expected '[section]' or 'key = value'");
	if (!l.error[0])
		check_rules(&l, first);
	/* Sections that were never filled (a header alone) are rules too. */
	for (size_t i = 1; !l.error[0] && i < l.n_sections; i++)
		if (!l.sections[i].n_lines)
			fail(&l, l.sections[i].line, "an empty section");
	if (l.error[0])
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s:%u: %s", name, l.error_line, l.error);
	for (size_t i = 0; i < l.n_sections; i++)
		free(l.sections[i].lines);
	free(l.sections);
	free(annotated);
	return err;
}

int xabi_rules_load(struct xabi_rules *r, const char *path, struct xabi_ctx *ctx)
{
	char *text;
	size_t len;
	int err = xabi_file_read(&text, &len, path, 16u << 20, ctx);

	if (err)
		return err;
	err = xabi_rules_load_text(r, text, len, path, ctx);
	free(text);
	return err;
}

int xabi_rules_load_compat_list(struct xabi_rules *r, const char *path,
				struct xabi_ctx *ctx)
{
	char *text, *save = NULL;
	size_t len;
	int err = xabi_file_read(&text, &len, path, 1u << 20, ctx);

	if (err)
		return err;
	/* "?<blanks>name<blanks>header": only the mark and the name matter;
	 * '!' records are translated field by field and may differ. */
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *name = line + 1;
		size_t n;

		if (line[0] != '?')
			continue;
		name += strspn(name, " \t");
		n = strcspn(name, " \t\r");
		if (!n)
			continue;
		xabi_grow_one((void **)&r->compat_checked, r->n_compat_checked,
			      sizeof(*r->compat_checked));
		r->compat_checked[r->n_compat_checked++] = xabi_xstrndup(name, n);
	}
	free(text);
	return 0;
}

static void free_regex(regex_t *re)
{
	if (re) {
		regfree(re);
		free(re);
	}
}

void xabi_rules_release(struct xabi_rules *r)
{
	for (size_t i = 0; i < r->n_rules; i++) {
		struct xabi_rule *rule = r->rules[i];

		free(rule->file);
		free(rule->name);
		free(rule->label);
		free(rule->kind);
		free(rule->type_kind);
		free(rule->reason);
		free_regex(rule->name_re);
		free_regex(rule->name_not_re);
		free_regex(rule->file_re);
		free_regex(rule->file_not_re);
		free(rule);
	}
	free(r->rules);
	for (size_t i = 0; i < r->n_arch_invariant; i++)
		free(r->arch_invariant[i]);
	free(r->arch_invariant);
	for (size_t i = 0; i < r->n_warnings; i++)
		free(r->warnings[i]);
	free(r->warnings);
	for (size_t i = 0; i < r->n_compat_checked; i++)
		free(r->compat_checked[i]);
	free(r->compat_checked);
	*r = (struct xabi_rules)XABI_RULES_INIT;
}

void xabi_rules_summary(const struct xabi_rules *r, size_t *suppressions,
			size_t *waivers, size_t *overrides)
{
	*suppressions = *waivers = *overrides = 0;
	for (size_t i = 0; i < r->n_rules; i++)
		switch (r->rules[i]->type) {
		case RULE_WAIVER: (*waivers)++; break;
		case RULE_OVERRIDE: (*overrides)++; break;
		default: (*suppressions)++; break;
		}
}

const char *xabi_rule_type_name(enum rule_type t)
{
	return type_names[t];
}
