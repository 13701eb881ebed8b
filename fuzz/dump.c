/* SPDX-License-Identifier: MIT */
/* The dump reader: schema validation, then loading into a corpus. */
#include "fuzz.h"
#include "xabi/dump.h"
#include "xabi/error.h"
#include "xabi/model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct xabi_corpus *c = NULL;
	struct xabi_ctx ctx = { 0 };

	if (!xabi_dump_read_memory(&c, (const char *)data, size, "fuzz.xml", &ctx))
		xabi_corpus_free(c);
	return 0;
}
