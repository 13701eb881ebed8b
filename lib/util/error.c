/* SPDX-License-Identifier: MIT */
/* Recording errors into the caller's context (see xabi/error.h). */
#include <stdarg.h>
#include <stdio.h>

#include "xabi/error.h"

int xabi_error_set(struct xabi_ctx *ctx, int code, const char *func,
		   const char *fmt, ...)
{
	va_list ap;

	if (!ctx)
		return code;
	ctx->code = code;
	ctx->func = func;
	va_start(ap, fmt);
	vsnprintf(ctx->message, sizeof(ctx->message), fmt, ap);
	va_end(ap);
	return code;
}

void xabi_error_clear(struct xabi_ctx *ctx)
{
	if (!ctx)
		return;
	ctx->code = XABI_OK;
	ctx->func = NULL;
	ctx->message[0] = '\0';
}
