/* SPDX-License-Identifier: MIT */
/* Choosing a report writer by format name (see xabi/report.h). */
#include <string.h>

#include "xabi/report.h"

typedef int (*writer_fn)(const struct xabi_diff *d, const struct xabi_report_info *info,
			 FILE *fp, struct xabi_ctx *ctx);

const char *const xabi_report_formats[] = { "text", "xml", "junit", "codequality", NULL };

/* In the order of xabi_report_formats. */
static const writer_fn writers[] = {
	xabi_report_text, xabi_report_xml, xabi_report_junit, xabi_report_codequality,
};

_Static_assert(sizeof(writers) / sizeof(*writers) + 1 ==
	       sizeof(xabi_report_formats) / sizeof(*xabi_report_formats),
	       "one writer per format");

int xabi_report_write(const struct xabi_diff *d, const struct xabi_report_info *info,
		      const char *format, FILE *fp, struct xabi_ctx *ctx)
{
	for (size_t i = 0; xabi_report_formats[i]; i++)
		if (!strcmp(xabi_report_formats[i], format))
			return writers[i](d, info, fp, ctx);
	return XABI_ERROR(ctx, XABI_EINVALID, "unknown report format '%s'", format);
}
