/* SPDX-License-Identifier: MIT */
/* The partition scanner: conditions, defines, includes and comments of a
 * header, read lexically before libclang sees it; and the pricing of its
 * macros' expansions, which must end whatever the macros. */
#include "fuzz.h"
#include "scan/scan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct xabi_scan_file f;
	struct xabi_scan s = { .n_files = 1, .files = &f };

	xabi_scan_text(&f, "fuzz.h", (const char *)data, size,
		       "__XEN_INTERFACE_VERSION__", "__XEN_LATEST_INTERFACE_VERSION__");
	xabi_scan_evaluate(&s);
	for (unsigned line = 0; line <= f.n_lines + 1; line++)
		xabi_scan_comment_at(&f, line);
	xabi_scan_file_release(&f);
	return 0;
}
