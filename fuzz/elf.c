/* SPDX-License-Identifier: MIT */
/* The ELF reader (libelf): shared objects, executables, ar archives, and
 * their facts in a corpus. */
#include <unistd.h>

#include "fuzz.h"
#include "xabi/elf.h"
#include "xabi/error.h"
#include "xabi/model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct xabi_elf_object *obj = NULL;
	struct xabi_corpus *c = NULL;
	struct xabi_ctx ctx = { 0 };
	char path[64];
	int fd = fuzz_memfile(data, size, path);

	if (fd < 0)
		return 0;
	if (!xabi_elf_read(&obj, path, &ctx)) {
		xabi_corpus_new(&c, "c");
		xabi_space_add_arch(&c->space, obj->arch, "");
		xabi_space_set_versions(&c->space, NULL, NULL, 0, NULL, 0);
		xabi_space_build_configs(&c->space, NULL);
		xabi_elf_add_facts(c, obj, "libfuzz.so", &ctx);
		xabi_corpus_free(c);
		xabi_elf_free(obj);
	}
	close(fd);
	return 0;
}
