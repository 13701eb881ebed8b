/* SPDX-License-Identifier: MIT */
/* The dump reader: schema validation, then loading into a corpus. */
#include "fuzz.h"
#include "xabi/dump.h"
#include "xabi/error.h"
#include "xabi/model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The command's defaults: a crafted dump must not exhaust memory. */
	static const struct xabi_limits limits = { 4096, 5000000 };
	struct xabi_corpus *c = NULL;
	struct xabi_ctx ctx = { 0 };

	if (!xabi_dump_read_memory(&c, (const char *)data, size, "fuzz.xml", &limits, &ctx))
		xabi_corpus_free(c);
	return 0;
}
