/* SPDX-License-Identifier: MIT */
/* Unpacking archives: what one source may write, file by file and in all. */
#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test.h"
#include "../lib/source/unpack.h"
#include "../lib/util/cleanup.h"
#include "xabi/source.h"

/* A tar in memory holding `n` files named names[i] of sizes[i] bytes. */
static size_t make_tar(char *buf, size_t cap, const char *const *names,
		       const size_t *sizes, size_t n)
{
	struct archive *a = archive_write_new();
	static char zeros[4096];
	size_t used = 0;

	archive_write_set_format_pax_restricted(a);
	assert_int_equal(archive_write_open_memory(a, buf, cap, &used), ARCHIVE_OK);
	for (size_t i = 0; i < n; i++) {
		struct archive_entry *e = archive_entry_new();

		archive_entry_set_pathname(e, names[i]);
		archive_entry_set_filetype(e, AE_IFREG);
		archive_entry_set_perm(e, 0644);
		archive_entry_set_size(e, (la_int64_t)sizes[i]);
		assert_int_equal(archive_write_header(a, e), ARCHIVE_OK);
		for (size_t left = sizes[i]; left;) {
			size_t chunk = left < sizeof(zeros) ? left : sizeof(zeros);

			assert_int_equal(archive_write_data(a, zeros, chunk), (la_ssize_t)chunk);
			left -= chunk;
		}
		archive_entry_free(e);
	}
	archive_write_close(a);
	archive_write_free(a);
	return used;
}

/* Unpack every entry of the tar with `budget`; the first error's code. */
static int unpack_all(const char *tar, size_t len, const char *dir,
		      struct xabi_unpack_budget *budget, struct xabi_ctx *ctx)
{
	struct archive *a = archive_read_new();
	struct archive_entry *e;
	int err = 0;

	archive_read_support_format_tar(a);
	assert_int_equal(archive_read_open_memory(a, tar, len), ARCHIVE_OK);
	while (!err && archive_read_next_header(a, &e) == ARCHIVE_OK)
		err = xabi_source_unpack_entry(a, e, dir, archive_entry_pathname(e),
					       "t.deb", budget, ctx);
	archive_read_free(a);
	return err;
}

static void expect_refused(const char *const *names, const size_t *sizes, size_t n,
			   struct xabi_unpack_budget budget, const char *needle,
			   const char *left_out)
{
	static char tar[1 << 20];
	struct xabi_ctx ctx = { 0 };
	size_t len = make_tar(tar, sizeof(tar), names, sizes, n);
	char *dir = NULL, *path;
	struct stat st;

	assert_ok(&ctx, xabi_temp_dir(&dir, "xabi-test", &ctx));
	assert_int_equal(unpack_all(tar, len, dir, &budget, &ctx), XABI_ELIMIT);
	if (!strstr(ctx.message, needle))
		fail_msg("'%s' lacks '%s'", ctx.message, needle);
	/* The member that went over is not left half-written. */
	path = malloc(strlen(dir) + strlen(left_out) + 2);
	sprintf(path, "%s/%s", dir, left_out);
	assert_int_not_equal(stat(path, &st), 0);
	free(path);
	xabi_remove_tree(dir);
	free(dir);
}

static void a_file_over_its_limit_is_refused(void **state)
{
	static const char *const names[] = { "usr/include/a.h", "usr/lib/libx.so.1" };
	static const size_t sizes[] = { 1000, 300000 };
	struct xabi_unpack_budget budget = { 2000, 200000, 1 << 20, 0 };

	(void)state;
	expect_refused(names, sizes, 2, budget,
		       "t.deb: 'usr/lib/libx.so.1' unpacks to more than", "usr/lib/libx.so.1");
	budget.max_header = 500;
	expect_refused(names, sizes, 2, budget,
		       "t.deb: 'usr/include/a.h' unpacks to more than 0 MiB, the limit for a header",
		       "usr/include/a.h");
}

static void the_whole_unpack_has_a_limit(void **state)
{
	static const char *const names[] = { "a.h", "b.h", "c.h" };
	static const size_t sizes[] = { 100000, 100000, 100000 };
	struct xabi_unpack_budget budget = { 1 << 20, 1 << 20, 250000, 0 };

	(void)state;
	expect_refused(names, sizes, 3, budget, "t.deb: with 'c.h', the files unpacked "
		       "would take more than", "c.h");
}

static const struct CMUnitTest tests[] = {
	cmocka_unit_test(a_file_over_its_limit_is_refused),
	cmocka_unit_test(the_whole_unpack_has_a_limit),
};

XABI_TEST_MAIN(tests)
