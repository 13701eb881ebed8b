/* SPDX-License-Identifier: MIT */
/* Reading profiles (INI, via libinih) and answering questions about them. */
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../util/alloc.h"
#include "../util/embedded.h"
#include "../util/file.h"
#include "../util/initext.h"
#include "xabi/model.h"
#include "xabi/profile.h"

struct loader {
	struct xabi_profile *p;
	const char *file;
	char error[512]; /* the first problem; inih gives its line */
};

/* Keep the first problem: inih reports the line of the first failure. */
static int fail(struct loader *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static int fail(struct loader *l, const char *fmt, ...)
{
	va_list ap;

	if (!l->error[0]) {
		va_start(ap, fmt);
		vsnprintf(l->error, sizeof(l->error), fmt, ap);
		va_end(ap);
	}
	return 0;
}

static bool parse_bool(const char *v, bool *out)
{
	if (!strcmp(v, "yes") || !strcmp(v, "true") || !strcmp(v, "1"))
		*out = true;
	else if (!strcmp(v, "no") || !strcmp(v, "false") || !strcmp(v, "0"))
		*out = false;
	else
		return false;
	return true;
}

/* Split on blanks into a NULL-free array of strings. */
static void split_words(const char *v, char ***out, size_t *n)
{
	const char *p = v;

	while (*p) {
		size_t len;

		while (*p == ' ' || *p == '\t')
			p++;
		len = strcspn(p, " \t");
		if (!len)
			break;
		*out = xabi_xrealloc(*out, (*n + 1) * sizeof(**out));
		(*out)[(*n)++] = xabi_xstrndup(p, len);
		p += len;
	}
}

static void set_string(char **field, const char *v)
{
	free(*field);
	*field = *v ? xabi_xstrdup(v) : NULL;
}

static int profile_key(struct loader *l, const char *key, const char *v)
{
	struct xabi_profile *p = l->p;

	if (!strcmp(key, "name"))
		set_string(&p->name, v);
	else if (!strcmp(key, "description"))
		set_string(&p->description, v);
	else if (!strcmp(key, "version_macro"))
		set_string(&p->version_macro, v);
	else if (!strcmp(key, "latest_macro"))
		set_string(&p->latest_macro, v);
	else if (!strcmp(key, "root_marker"))
		set_string(&p->root_marker, v);
	else if (!strcmp(key, "include_alias"))
		set_string(&p->include_alias, v);
	else if (!strcmp(key, "layouts"))
		split_words(v, &p->layouts, &p->n_layouts);
	else if (!strcmp(key, "prelude"))
		split_words(v, &p->prelude, &p->n_prelude);
	else if (!strcmp(key, "flags"))
		split_words(v, &p->flags, &p->n_flags);
	else if (!strcmp(key, "beside"))
		set_string(&p->beside, v);
	else if (!strcmp(key, "beside_audience"))
		set_string(&p->beside_audience, v);
	else if (!strcmp(key, "beside_layouts"))
		split_words(v, &p->beside_layouts, &p->n_beside_layouts);
	else if (!strcmp(key, "hosted")) {
		if (!parse_bool(v, &p->hosted))
			return fail(l, "'hosted' must be yes or no, not '%s'", v);
	} else
		return fail(l, "unknown key '%s' in [profile]", key);
	return 1;
}

static int arch_key(struct loader *l, const char *name, const char *key,
		    const char *v)
{
	struct xabi_profile *p = l->p;
	struct xabi_profile_arch *a = NULL;

	for (size_t i = 0; i < p->n_arches; i++)
		if (!strcmp(p->arches[i].name, name))
			a = &p->arches[i];
	if (!a && p->n_arches == XABI_MAX_ARCHES)
		return fail(l, "more than %d arches", XABI_MAX_ARCHES);
	if (!a) {
		p->arches = xabi_xrealloc(p->arches, (p->n_arches + 1) * sizeof(*a));
		a = &p->arches[p->n_arches++];
		*a = (struct xabi_profile_arch){ xabi_xstrdup(name), xabi_xstrdup(""),
						 xabi_xstrdup(""), true };
	}
	if (!strcmp(key, "target")) {
		free(a->target);
		a->target = xabi_xstrdup(v);
	} else if (!strcmp(key, "multiarch")) {
		free(a->multiarch);
		a->multiarch = xabi_xstrdup(v);
	} else if (!strcmp(key, "default")) {
		if (!parse_bool(v, &a->by_default))
			return fail(l, "'default' must be yes or no, not '%s'", v);
	} else {
		return fail(l, "unknown key '%s' in [arch %s] (expected target, multiarch, default)",
				key, name);
	}
	return 1;
}

static int audience_key(struct loader *l, const char *name, const char *key,
			const char *v)
{
	struct xabi_profile *p = l->p;
	struct xabi_profile_audience *a = NULL;

	for (size_t i = 0; i < p->n_audiences; i++)
		if (!strcmp(p->audiences[i].name, name))
			a = &p->audiences[i];
	if (!a && p->n_audiences == XABI_MAX_AUDIENCES)
		return fail(l, "more than %d audiences", XABI_MAX_AUDIENCES);
	if (!a) {
		p->audiences = xabi_xrealloc(p->audiences,
					     (p->n_audiences + 1) * sizeof(*a));
		a = &p->audiences[p->n_audiences++];
		*a = (struct xabi_profile_audience){ xabi_xstrdup(name),
						     xabi_xstrdup(""), false, true };
	}
	if (!strcmp(key, "defines")) {
		free(a->defines);
		a->defines = xabi_xstrdup(v);
	} else if (!strcmp(key, "pinned") || !strcmp(key, "default")) {
		if (!parse_bool(v, key[0] == 'p' ? &a->pinned : &a->by_default))
			return fail(l, "'%s' must be yes or no, not '%s'", key, v);
	} else {
		return fail(l, "unknown key '%s' in [audience %s] (expected defines, pinned, default)",
				key, name);
	}
	return 1;
}

static int policy_key(struct loader *l, const char *key, const char *v)
{
	struct xabi_profile *p = l->p;
	bool *flag = !strcmp(key, "ungated_change") ? &p->ungated_change :
		     !strcmp(key, "version_not_bumped") ? &p->version_not_bumped :
		     !strcmp(key, "arch_divergence") ? &p->arch_divergence : NULL;

	if (!strcmp(key, "compat_list")) {
		set_string(&p->compat_list, v);
		return 1;
	}
	if (!flag)
		return fail(l, "unknown key '%s' in [policy] (expected ungated_change, "
			    "version_not_bumped, arch_divergence, compat_list)", key);
	if (!parse_bool(v, flag))
		return fail(l, "'%s' must be yes or no, not '%s'", key, v);
	return 1;
}

static void add_rule(struct xabi_profile_rule **rules, size_t *n,
		     const char *pattern, const char *value)
{
	*rules = xabi_xrealloc(*rules, (*n + 1) * sizeof(**rules));
	(*rules)[(*n)++] = (struct xabi_profile_rule){ xabi_xstrdup(pattern),
						       xabi_xstrdup(value) };
}

static int on_entry(void *user, const char *section, const char *key,
		    const char *value)
{
	struct loader *l = user;
	struct xabi_profile *p = l->p;

	if (!key) /* a section header alone */
		return 1;
	if (!strcmp(section, "profile"))
		return profile_key(l, key, value);
	if (!strncmp(section, "arch ", 5) && section[5])
		return arch_key(l, section + 5, key, value);
	if (!strncmp(section, "audience ", 9) && section[9])
		return audience_key(l, section + 9, key, value);
	if (!strcmp(section, "arch-headers")) {
		add_rule(&p->arch_headers, &p->n_arch_headers, key, value);
		return 1;
	}
	if (!strcmp(section, "skip")) {
		add_rule(&p->skips, &p->n_skips, key, value);
		return 1;
	}
	if (!strcmp(section, "interface-versions")) {
		add_rule(&p->iface_macros, &p->n_iface_macros, key, value);
		return 1;
	}
	if (!strcmp(section, "arch-families")) {
		add_rule(&p->arch_families, &p->n_arch_families, key, value);
		return 1;
	}
	if (!strcmp(section, "shared-pages")) {
		add_rule(&p->shared_pages, &p->n_shared_pages, key, value);
		return 1;
	}
	if (!strcmp(section, "version-macros")) {
		add_rule(&p->version_macros, &p->n_version_macros, key, value);
		return 1;
	}
	if (!strcmp(section, "policy"))
		return policy_key(l, key, value);
	return fail(l, "unknown section [%s] (expected profile, arch NAME, "
		    "audience NAME, arch-headers, skip, interface-versions, "
		    "arch-families, shared-pages, version-macros, policy)", section);
}

static bool is_path(const char *s)
{
	size_t n = strlen(s);

	return strchr(s, '/') || (n > 8 && !strcmp(s + n - 8, ".profile"));
}

int xabi_profile_load(struct xabi_profile **out, const char *name_or_path,
		      struct xabi_ctx *ctx)
{
	struct loader l = { .file = name_or_path };
	char *owned = NULL, *builtin_name = NULL, *checked = NULL;
	const char *text;
	size_t len;
	int line, err = 0;

	*out = NULL;
	if (is_path(name_or_path)) {
		err = xabi_file_read(&owned, &len, name_or_path, 1 << 20, ctx);
		if (err)
			return err;
		text = owned;
	} else {
		const struct xabi_embedded *e;

		builtin_name = xabi_xasprintf("%s.profile", name_or_path);
		e = xabi_embedded_find(builtin_name);
		if (!e) {
			err = XABI_ERROR(ctx, XABI_ENOTFOUND,
					 "no profile named '%s' (built in: xen, c; "
					 "or give a file path)", name_or_path);
			goto out;
		}
		l.file = builtin_name;
		text = e->data;
		len = e->size;
	}
	err = xabi_ini_text(&checked, text, len, l.file, ctx);
	if (err)
		goto out;
	l.p = xabi_xcalloc(1, sizeof(*l.p));
	l.p->ungated_change = l.p->version_not_bumped = l.p->arch_divergence = true;
	line = xabi_ini_parse(checked, on_entry, &l);
	if (line != 0) {
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s:%d: %s", l.file, line,
				 l.error[0] ? l.error : "expected '[section]' or 'key = value'");
		goto out;
	}
	if (!l.p->name || !l.p->n_arches || !l.p->n_audiences) {
		err = XABI_ERROR(ctx, XABI_EINVALID,
				 "%s: a profile needs a name, an [arch NAME] and an "
				 "[audience NAME]", l.file);
		goto out;
	}
	if (!l.p->n_layouts)
		split_words(".", &l.p->layouts, &l.p->n_layouts);
	*out = l.p;
	l.p = NULL;
out:
	xabi_profile_free(l.p);
	free(checked);
	free(owned);
	free(builtin_name);
	return err;
}

int xabi_profile_load_builtin(struct xabi_profile **out, const char *name,
			      struct xabi_ctx *ctx)
{
	*out = NULL;
	if (is_path(name))
		return XABI_ERROR(ctx, XABI_EINVALID, "'%s' is not the name of a "
				  "profile (built in: xen, c)", name);
	return xabi_profile_load(out, name, ctx);
}

static void free_words(char **w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(w[i]);
	free(w);
}

static void free_rules(struct xabi_profile_rule *r, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(r[i].pattern);
		free(r[i].value);
	}
	free(r);
}

void xabi_profile_free(struct xabi_profile *p)
{
	if (!p)
		return;
	free(p->name);
	free(p->description);
	free(p->version_macro);
	free(p->latest_macro);
	free(p->root_marker);
	free(p->compat_list);
	free(p->include_alias);
	free(p->sysroot);
	free(p->beside);
	free(p->beside_audience);
	free_words(p->beside_layouts, p->n_beside_layouts);
	free_words(p->layouts, p->n_layouts);
	free_words(p->prelude, p->n_prelude);
	free_words(p->flags, p->n_flags);
	for (size_t i = 0; i < p->n_arches; i++) {
		free(p->arches[i].name);
		free(p->arches[i].target);
		free(p->arches[i].multiarch);
	}
	free(p->arches);
	for (size_t i = 0; i < p->n_audiences; i++) {
		free(p->audiences[i].name);
		free(p->audiences[i].defines);
	}
	free(p->audiences);
	free_rules(p->arch_headers, p->n_arch_headers);
	free_rules(p->skips, p->n_skips);
	free_rules(p->iface_macros, p->n_iface_macros);
	free_rules(p->arch_families, p->n_arch_families);
	free_rules(p->shared_pages, p->n_shared_pages);
	free_rules(p->version_macros, p->n_version_macros);
	free(p);
}

const char *const *xabi_profile_builtin_names(void)
{
	static const char *const names[] = { "xen", "c", NULL };

	return names;
}

void xabi_profile_add_flag(struct xabi_profile *p, const char *flag)
{
	p->flags = xabi_xrealloc(p->flags, (p->n_flags + 1) * sizeof(*p->flags));
	p->flags[p->n_flags++] = xabi_xstrdup(flag);
}

/* Debian's multiarch name of the machine xabi was built for. */
static const char *host_multiarch(void)
{
#if defined(__x86_64__)
	return "x86_64-linux-gnu";
#elif defined(__i386__)
	return "i386-linux-gnu";
#elif defined(__aarch64__)
	return "aarch64-linux-gnu";
#elif defined(__arm__)
	return "arm-linux-gnueabihf";
#else
	return "";
#endif
}

const char *xabi_profile_multiarch(const struct xabi_profile *p, const char *arch)
{
	for (size_t i = 0; i < p->n_arches; i++)
		if (!strcmp(p->arches[i].name, arch)) {
			const struct xabi_profile_arch *a = &p->arches[i];

			return *a->multiarch || *a->target ? a->multiarch : host_multiarch();
		}
	return "";
}

const char *xabi_profile_host_arch(const struct xabi_profile *p)
{
	for (size_t i = 0; i < p->n_arches; i++)
		if (!strcmp(p->arches[i].target, host_multiarch()) ||
		    !strcmp(xabi_profile_multiarch(p, p->arches[i].name), host_multiarch()))
			return p->arches[i].name;
	return NULL;
}

void xabi_profile_add_skip(struct xabi_profile *p, const char *pattern, const char *why)
{
	add_rule(&p->skips, &p->n_skips, pattern, why);
}

bool xabi_profile_has_libc(const struct xabi_profile *p, const char *arch)
{
	const char *multiarch = xabi_profile_multiarch(p, arch);
	struct stat st;
	char *dir;
	bool there;

	if (!p->hosted)
		return false;
	dir = xabi_xasprintf("%s/usr/include%s%s", p->sysroot ? p->sysroot : "",
			     *multiarch ? "/" : "", multiarch);
	there = stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
	free(dir);
	return there;
}

static const struct xabi_profile_rule *
first_match(const struct xabi_profile_rule *rules, size_t n, const char *path)
{
	for (size_t i = 0; i < n; i++)
		if (fnmatch(rules[i].pattern, path, 0) == 0)
			return &rules[i];
	return NULL;
}

const char *xabi_profile_skip_reason(const struct xabi_profile *p,
				     const char *path)
{
	const struct xabi_profile_rule *r = first_match(p->skips, p->n_skips, path);

	return r ? r->value : NULL;
}

bool xabi_profile_header_on_arch(const struct xabi_profile *p,
				 const char *path, const char *arch)
{
	const struct xabi_profile_rule *r =
		first_match(p->arch_headers, p->n_arch_headers, path);
	size_t len = strlen(arch);

	if (!r)
		return true;
	for (const char *w = r->value; (w = strstr(w, arch)); w += len)
		if ((w == r->value || w[-1] == ' ') && (w[len] == ' ' || !w[len]))
			return true;
	return false;
}
