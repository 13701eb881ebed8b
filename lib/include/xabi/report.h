/* SPDX-License-Identifier: MIT */
/*
 * Writing a diff for people (text), for bots (XML, rules/xabi-report.xsd)
 * and for CI pages (JUnit). Output is deterministic: no timestamps, the
 * diff's stable order.
 */
#ifndef XABI_REPORT_H
#define XABI_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "xabi/diff.h"
#include "xabi/error.h"

/* The XML report's schema version (rules/xabi-report.xsd). */
#define XABI_REPORT_SCHEMA_VERSION 2

struct xabi_report_info {
	const char *old_source; /* as the user named them */
	const char *new_source;
	bool color;             /* ANSI colours (text, on a terminal) */
	bool show_suppressed;   /* list suppressed changes, with the rule */
};

/* Each returns 0 or XABI_EIO. */
int xabi_report_text(const struct xabi_diff *d, const struct xabi_report_info *info,
		     FILE *fp, struct xabi_ctx *ctx);
int xabi_report_xml(const struct xabi_diff *d, const struct xabi_report_info *info,
		    FILE *fp, struct xabi_ctx *ctx);
/* GitLab Code Quality JSON; header paths prefixed with the new side's root. */
int xabi_report_codequality(const struct xabi_diff *d, const struct xabi_report_info *info,
			    FILE *fp, struct xabi_ctx *ctx);
int xabi_report_junit(const struct xabi_diff *d, const struct xabi_report_info *info,
		      FILE *fp, struct xabi_ctx *ctx);

/* The format names, the default first, NULL-terminated. */
extern const char *const xabi_report_formats[];

/* Write `d` in `format` (one of xabi_report_formats). Returns 0,
 * XABI_EINVALID for an unknown format, or XABI_EIO. */
int xabi_report_write(const struct xabi_diff *d, const struct xabi_report_info *info,
		      const char *format, FILE *fp, struct xabi_ctx *ctx);

#endif
