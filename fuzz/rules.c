/* SPDX-License-Identifier: MIT */
/* The rules reader: xabi's INI rules and libabigail suppression files. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "xabi/error.h"
#include "xabi/rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct xabi_rules r = XABI_RULES_INIT;
	struct xabi_ctx ctx = { 0 };
	/* Unterminated, as a file is: NUL bytes and all reach the reader. */
	char *text = malloc(size ? size : 1);

	memcpy(text, data, size);
	xabi_rules_load_text(&r, text, size, "fuzz.rules", &ctx);
	xabi_rules_release(&r);
	free(text);
	return 0;
}
