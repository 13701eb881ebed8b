/* SPDX-License-Identifier: MIT */
/* Checking names against a list (see names.h). */
#include <string.h>

#include "buf.h"
#include "names.h"

size_t xabi_names_find(const char *name, const char *const *have, size_t n_have)
{
	size_t i = 0;

	while (i < n_have && strcmp(have[i], name))
		i++;
	return i;
}

int xabi_names_check(const char *what, const char *const *want, size_t n_want,
		     const char *const *have, size_t n_have, const char *owner,
		     struct xabi_ctx *ctx)
{
	for (size_t w = 0; w < n_want; w++) {
		struct xabi_buf list = XABI_BUF_INIT;
		int err;

		if (xabi_names_find(want[w], have, n_have) < n_have)
			continue;
		for (size_t i = 0; i < n_have; i++)
			xabi_buf_printf(&list, "%s%s", i ? ", " : "", have[i]);
		err = XABI_ERROR(ctx, XABI_EINVALID, "unknown %s '%s' (%s%s: %s)", what,
				 want[w], owner ? owner : "known", owner ? " has" : "",
				 n_have ? xabi_buf_cstr(&list) : "none");
		xabi_buf_release(&list);
		return err;
	}
	return 0;
}
