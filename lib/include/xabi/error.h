/* SPDX-License-Identifier: MIT */
/*
 * Error reporting for libxabi: every fallible function returns 0 or a
 * negative XABI_E* code and leaves its message in the caller's context.
 * There is no global error state, so threads each pass their own context.
 */
#ifndef XABI_ERROR_H
#define XABI_ERROR_H

/* Few codes, each meaningful to a caller; XABI_EGENERIC covers the rest. */
enum xabi_error_code {
	XABI_OK = 0,
	XABI_EGENERIC = -1,     /* internal failure (a library refused, ...) */
	XABI_ENOTFOUND = -2,    /* a named thing does not exist */
	XABI_EINVALID = -3,     /* bad input: the message names file and line */
	XABI_EIO = -4,          /* reading or writing failed */
	XABI_EUNSUPPORTED = -5, /* well-formed input this version cannot handle */
	XABI_ELIMIT = -6,       /* a configured limit was exceeded */
	XABI_EUSAGE = -7,       /* the caller asked for what the input does not
				   have (an arch, audience or version): the
				   request is wrong, not the input */
};

/*
 * The context a caller passes down. `message` holds the most recent error,
 * `func` the library function that set it (for debugging, not for users).
 */
struct xabi_ctx {
	int code;
	const char *func;
	char message[2048];
};

/* Record an error in ctx (which may be NULL) and return `code`. */
int xabi_error_set(struct xabi_ctx *ctx, int code, const char *func,
		   const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#define XABI_ERROR(ctx, code, ...) \
	xabi_error_set((ctx), (code), __func__, __VA_ARGS__)

/* Forget any recorded error. */
void xabi_error_clear(struct xabi_ctx *ctx);

#endif
