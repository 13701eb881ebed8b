/* SPDX-License-Identifier: MIT */
/*
 * The change catalog is one table (xabi/catalog.def): the report schema
 * and docs/design.md must list exactly its kinds, every row must be
 * complete, and every kind must have a fixture and a test that shows it.
 */
#include <dirent.h>
#include <sys/stat.h>

#include "test.h"
#include "util/embedded.h"
#include "util/file.h"
#include "xabi/diff.h"

static void every_row_is_complete(void **state)
{
	(void)state;
	for (int i = 0; i < XABI_CH_COUNT; i++) {
		const struct xabi_change_kind *k = xabi_change_kind((enum xabi_change_id)i);
		enum xabi_change_id back;

		assert_non_null(k->id);
		assert_non_null(k->summary);
		assert_non_null(strchr(k->id, '.'));
		assert_int_equal(xabi_change_kind_parse(k->id, &back), 0);
		assert_int_equal(back, i);
	}
}

static void schema_lists_the_catalog(void **state)
{
	const struct xabi_embedded *xsd = xabi_embedded_find("xabi-report.xsd");
	const char *kinds, *end, *p;
	size_t listed = 0;

	(void)state;
	assert_non_null(xsd);
	kinds = strstr(xsd->data, "<xs:simpleType name=\"kind\">");
	assert_non_null(kinds);
	end = strstr(kinds, "</xs:simpleType>");
	for (p = kinds; (p = strstr(p, "<xs:enumeration value=\"")) && p < end; p++) {
		char id[64];
		enum xabi_change_id k;

		sscanf(p, "<xs:enumeration value=\"%63[^\"]\"", id);
		if (xabi_change_kind_parse(id, &k))
			fail_msg("the schema lists '%s', which the catalog lacks", id);
		listed++;
	}
	assert_int_equal(listed, XABI_CH_COUNT);
}

static char *read_source_file(const char *rel)
{
	struct xabi_ctx ctx = { 0 };
	char path[4096], *text = NULL;
	size_t len;

	snprintf(path, sizeof(path), "%s/%s", SRCDIR, rel);
	assert_ok(&ctx, xabi_file_read(&text, &len, path, 1u << 24, &ctx));
	return text;
}

/* docs/design.md's table, "The change catalog": one row per kind with
 * its default severity and class as the catalog has them, and a fixture
 * that exists. */
static void design_lists_the_catalog(void **state)
{
	char *doc = read_source_file("docs/design.md");
	const char *p = strstr(doc, "\n## The change catalog\n"), *end;
	int seen[XABI_CH_COUNT] = { 0 };

	(void)state;
	assert_non_null(p);
	end = strstr(p + 1, "\n## ");
	for (p = strstr(p, "\n| `"); p && (!end || p < end); p = strstr(p + 1, "\n| `")) {
		char id[64], sev[16], cls[16], fixture[256], path[4096];
		const struct xabi_change_kind *k;
		enum xabi_change_id kind;
		struct stat st;

		if (sscanf(p, "\n| `%63[^`]` | %15s | %15s | `%255[^`]` |", id, sev, cls,
			   fixture) != 4)
			fail_msg("design.md: a catalog row that does not read: %.60s", p + 1);
		if (xabi_change_kind_parse(id, &kind))
			fail_msg("design.md lists '%s', which the catalog lacks", id);
		k = xabi_change_kind(kind);
		if (strcmp(sev, xabi_severity_name(k->severity)) ||
		    strcmp(cls, xabi_compat_name(k->compat)))
			fail_msg("design.md says %s is %s, %s; the catalog says %s, %s", id, sev,
				 cls, xabi_severity_name(k->severity), xabi_compat_name(k->compat));
		snprintf(path, sizeof(path), "%s/%s", SRCDIR, fixture);
		if (stat(path, &st))
			fail_msg("design.md: %s's fixture %s does not exist", id, fixture);
		seen[kind]++;
	}
	for (int i = 0; i < XABI_CH_COUNT; i++)
		if (seen[i] != 1)
			fail_msg("design.md lists %s %d times", xabi_change_kind(i)->id, seen[i]);
	free(doc);
}

/* Some golden test's expected output shows each kind (not counting
 * `xabi kinds` and --help, which list them all). */
static void every_kind_is_tested(void **state)
{
	char dir[4096];
	DIR *d;
	struct dirent *e;
	int seen[XABI_CH_COUNT] = { 0 };

	(void)state;
	snprintf(dir, sizeof(dir), "%s/tests/cli", SRCDIR);
	d = opendir(dir);
	assert_non_null(d);
	while ((e = readdir(d))) {
		size_t n = strlen(e->d_name);
		char rel[512], *text;

		if (n < 5 || strcmp(e->d_name + n - 4, ".out") || !strcmp(e->d_name, "kinds.out") ||
		    !strncmp(e->d_name, "help", 4))
			continue;
		snprintf(rel, sizeof(rel), "tests/cli/%s", e->d_name);
		text = read_source_file(rel);
		for (int i = 0; i < XABI_CH_COUNT; i++)
			seen[i] |= strstr(text, xabi_change_kind(i)->id) != NULL;
		free(text);
	}
	closedir(d);
	for (int i = 0; i < XABI_CH_COUNT; i++)
		if (!seen[i])
			fail_msg("no test in tests/cli shows %s", xabi_change_kind(i)->id);
}

static const struct CMUnitTest tests[] = {
	cmocka_unit_test(every_row_is_complete),
	cmocka_unit_test(schema_lists_the_catalog),
	cmocka_unit_test(design_lists_the_catalog),
	cmocka_unit_test(every_kind_is_tested),
};

XABI_TEST_MAIN(tests)
