/* SPDX-License-Identifier: MIT */
/*
 * What the load options mean for everything a load does: the profile they
 * name, the text a dump records of them, and the lines they carry to the
 * caller (warnings, progress, errors naming the source).
 */
#define _GNU_SOURCE /* vasprintf, open_memstream */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/loading.h"
#include "util/alloc.h"
#include "util/order.h"

static void vsay(xabi_say_fn fn, void *payload, const char *fmt, va_list ap)
{
	char *line;

	if (fn && vasprintf(&line, fmt, ap) >= 0) {
		fn(line, payload);
		free(line);
	}
}

void xabi_load_warn(const struct xabi_load_options *o, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsay(o->warn, o->payload, fmt, ap);
	va_end(ap);
}

void xabi_load_say(const struct xabi_load_options *o, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsay(o->say, o->payload, fmt, ap);
	va_end(ap);
}

int xabi_load_blame(struct xabi_ctx *ctx, const char *source)
{
	char *message = xabi_xstrdup(ctx->message);

	xabi_error_set(ctx, ctx->code, ctx->func, "%s: %s", source, message);
	free(message);
	return ctx->code;
}

/* " --NAME a,b" with the list sorted and without repeats: the order
 * they are given in does not change what is extracted. */
static void put_set(FILE *fp, const char *name, const char *const *list, size_t n)
{
	const char **sorted = n ? xabi_xmalloc(n * sizeof(*sorted)) : NULL;

	if (!sorted)
		return;
	memcpy(sorted, list, n * sizeof(*sorted));
	qsort(sorted, n, sizeof(*sorted), xabi_order_strings);
	fprintf(fp, " --%s ", name);
	for (size_t i = 0; i < n; i++)
		if (!i || strcmp(sorted[i], sorted[i - 1]))
			fprintf(fp, "%s%s", i ? "," : "", sorted[i]);
	free(sorted);
}

char *xabi_load_options_text(const struct xabi_load_options *o)
{
	const struct xabi_selection *sel = &o->selection;
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	if (!fp)
		return xabi_xstrdup("");
	put_set(fp, "arch", sel->arches, sel->n_arches);
	put_set(fp, "audience", sel->audiences, sel->n_audiences);
	if (sel->iface == XABI_IFACE_LATEST)
		fputs(" --iface latest", fp);
	for (size_t i = 0; sel->iface == XABI_IFACE_LIST && i < sel->n_ifaces; i++)
		fprintf(fp, "%s0x%08llx", i ? "," : " --iface ",
			(unsigned long long)sel->ifaces[i]);
	/* Include paths and macros keep their order: it can matter. */
	for (size_t i = 0; i < o->n_includes; i++)
		fprintf(fp, " -I %s", o->includes[i]);
	for (size_t i = 0; i < o->n_defines; i++)
		fprintf(fp, " -D %s", o->defines[i]);
	if (o->version_macro)
		fprintf(fp, " --version-macro %s", o->version_macro);
	if (o->sysroot)
		fprintf(fp, " --sysroot %s", o->sysroot);
	fclose(fp);
	if (*text)
		memmove(text, text + 1, strlen(text));
	return text;
}

static void replace(char **field, const char *value)
{
	free(*field);
	*field = xabi_xstrdup(value);
}

int xabi_load_profile(struct xabi_profile **out, const struct xabi_load_options *o,
		      const char *builtin, struct xabi_ctx *ctx)
{
	if (builtin ? xabi_profile_load_builtin(out, builtin, ctx) :
	    xabi_profile_load(out, o->profile, ctx))
		return ctx->code;
	for (size_t i = 0; i < o->n_includes; i++) {
		char *flag = xabi_xasprintf("-I%s", o->includes[i]);

		xabi_profile_add_flag(*out, flag);
		free(flag);
	}
	for (size_t i = 0; i < o->n_defines; i++) {
		char *flag = xabi_xasprintf("-D%s", o->defines[i]);

		xabi_profile_add_flag(*out, flag);
		free(flag);
	}
	if (o->version_macro)
		replace(&(*out)->version_macro, o->version_macro);
	if (o->sysroot)
		replace(&(*out)->sysroot, o->sysroot);
	return 0;
}

