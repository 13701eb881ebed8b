/* SPDX-License-Identifier: MIT */
/* The package reader (libarchive): a .deb's ar members, its control
 * file and the headers and libraries of its data archive, unpacked into a
 * temporary directory that is removed again. */
#include <stdlib.h>
#include <unistd.h>

#include "fuzz.h"
#include "xabi/error.h"
#include "xabi/source.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct xabi_deb *debs = NULL;
	struct xabi_ctx ctx = { 0 };
	char path[64], *dir = NULL;
	const char *paths[] = { path };
	int fd = fuzz_memfile(data, size, path);

	if (fd < 0)
		return 0;
	if (!xabi_source_debs(&dir, &debs, paths, 1, &ctx)) {
		xabi_remove_tree(dir);
		free(dir);
		xabi_debs_free(debs, 1);
	}
	close(fd);
	return 0;
}
