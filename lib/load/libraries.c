/* SPDX-License-Identifier: MIT */
/* Libraries into a corpus: added to a source's, or given alone, into one
 * of their own. */
#include <stdlib.h>
#include <string.h>

#include "load/loading.h"
#include "util/alloc.h"
#include "xabi/elf.h"

/* A corpus for libraries alone: their arch, the profile's default
 * audiences (so it meets header corpora of the same profile), no versions. */
static int library_corpus(struct xabi_corpus **out, const char *arch,
			  const struct xabi_load_options *o, struct xabi_ctx *ctx)
{
	struct xabi_profile *profile = NULL;

	if (xabi_load_profile(&profile, o, NULL, ctx))
		return ctx->code;
	xabi_corpus_new(out, profile->name);
	xabi_space_add_arch(&(*out)->space, arch, "");
	for (size_t i = 0; i < profile->n_audiences; i++)
		if (profile->audiences[i].by_default)
			xabi_space_add_audience(&(*out)->space, profile->audiences[i].name,
						 profile->audiences[i].defines, false);
	xabi_space_set_versions(&(*out)->space, NULL, NULL, 0, NULL, 0);
	xabi_space_build_configs(&(*out)->space, NULL);
	xabi_profile_free(profile);
	return 0;
}

int xabi_load_libraries(struct xabi_corpus **c, const char *dir,
			       char *const *files, size_t n,
			       const struct xabi_load_options *o, struct xabi_ctx *ctx)
{
	int rc = 0;

	for (size_t i = 0; !rc && i < n; i++) {
		struct xabi_elf_object *obj = NULL;
		char *path = dir ? xabi_xasprintf("%s/%s", dir, files[i]) :
			     xabi_xstrdup(files[i]);
		/* A library given alone is known by its file name, so that
		 * two versions of it in different folders match. */
		const char *name = dir || !strrchr(files[i], '/') ? files[i] :
				   strrchr(files[i], '/') + 1;

		rc = xabi_elf_read(&obj, path, ctx);
		if (!rc && !*c)
			rc = library_corpus(c, obj->arch, o, ctx);
		if (!rc)
			rc = xabi_elf_add_facts(*c, obj, name, ctx);
		xabi_elf_free(obj);
		free(path);
	}
	if (*c)
		xabi_corpus_finish(*c);
	return rc;
}
