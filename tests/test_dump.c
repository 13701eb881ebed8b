/* SPDX-License-Identifier: MIT */
/*
 * The XML dump: a real extraction written, validated against the schema,
 * read back and written again byte for byte; and bad dumps refused with
 * file, line and reason.
 */
#include <unistd.h>

#include "test.h"
#include "xabi/dump.h"
#include "clang/extract.h"
#include "xabi/profile.h"
#include "scan/scan.h"
#include "xabi/source.h"

struct fixture {
	struct xabi_corpus *corpus;
	char dir[64];
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	struct xabi_profile *p = NULL;
	struct xabi_tree *t = NULL;
	struct xabi_scan *s = NULL;
	struct xabi_extract_options opts = { .jobs = 2 };
	struct xabi_ctx ctx = { 0 };
	int err;

	strcpy(fx->dir, "/tmp/xabi-test-dump.XXXXXX");
	if (!mkdtemp(fx->dir))
		return -1;
	err = xabi_profile_load(&p, "xen", &ctx) ||
	      xabi_tree_open(&t, SRCDIR "/testdata/hvmmem/4.7", p, &ctx) ||
	      xabi_scan_tree(&s, t, p, 0, &ctx) ||
	      xabi_extract(&fx->corpus, p, t, s, NULL, &opts, &ctx);
	if (err)
		fprintf(stderr, "setup: %s\n", ctx.message);
	xabi_scan_free(s);
	xabi_tree_free(t);
	xabi_profile_free(p);
	*state = fx;
	return err ? -1 : 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf %s", fx->dir);
	if (system(cmd) != 0)
		return -1;
	xabi_corpus_free(fx->corpus);
	free(fx);
	return 0;
}

static char *path_in(struct fixture *fx, const char *name)
{
	static char path[128];

	snprintf(path, sizeof(path), "%s/%s", fx->dir, name);
	return path;
}

static void write_file(const char *path, const struct xabi_corpus *c)
{
	FILE *fp = fopen(path, "w");
	struct xabi_ctx ctx = { 0 };

	assert_non_null(fp);
	assert_ok(&ctx, xabi_dump_write(c, fp, &ctx));
	assert_int_equal(fclose(fp), 0);
}

static char *slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *data;
	long n;

	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	data = calloc(1, (size_t)n + 1);
	assert_int_equal(fread(data, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	return data;
}

static void round_trip_is_byte_identical(void **state)
{
	struct fixture *fx = *state;
	struct xabi_corpus *back = NULL;
	struct xabi_ctx ctx = { 0 };
	char *a, *b, first[128];

	assert_true(fx->corpus->n_facts > 20);
	write_file(path_in(fx, "a.xml"), fx->corpus);
	strcpy(first, path_in(fx, "a.xml"));
	assert_ok(&ctx, xabi_schema_validate_file(first, "xabi-dump.xsd", &ctx));
	assert_ok(&ctx, xabi_dump_read(&back, first, NULL, &ctx));
	assert_int_equal(back->n_facts, fx->corpus->n_facts);
	assert_int_equal(back->space.n_configs, fx->corpus->space.n_configs);
	assert_int_equal(back->space.latest, 0x40700);
	write_file(path_in(fx, "b.xml"), back);
	a = slurp(first);
	b = slurp(path_in(fx, "b.xml"));
	assert_string_equal(a, b);
	free(a);
	free(b);
	xabi_corpus_free(back);
}

static void the_dump_holds_the_hvmmem_story(void **state)
{
	struct fixture *fx = *state;
	const struct xabi_corpus *c = fx->corpus;
	int seen = 0;

	for (size_t i = 0; i < c->n_facts; i++) {
		const struct xabi_fact *f = c->facts[i];
		char *where;

		if (f->kind != XABI_KIND_ENUMERATOR || strcmp(xabi_fact_attr(f, "value"), "3"))
			continue;
		where = xabi_space_where(&c->space, f->where);
		if (!strcmp(f->name, "HVMMEM_mmio_write_dm")) {
			assert_string_equal(where, "guest iface<0x00040700");
			assert_string_equal(f->comment, "read-only; writes go to the device model");
			seen |= 1;
		} else if (!strcmp(f->name, "HVMMEM_unused")) {
			assert_string_equal(where, "guest iface>=0x00040700; tools");
			seen |= 2;
		}
		free(where);
	}
	assert_int_equal(seen, 3);
}

static void expect_refused(const char *text, int code, const char *needle)
{
	struct xabi_corpus *c = NULL;
	struct xabi_ctx ctx = { 0 };

	assert_int_equal(xabi_dump_read_memory(&c, text, strlen(text), "bad.xml", NULL, &ctx), code);
	assert_null(c);
	if (!strstr(ctx.message, needle))
		fail_msg("message '%s' lacks '%s'", ctx.message, needle);
}

static void bad_dumps_are_refused(void **state)
{
	struct fixture *fx = *state;
	char *good, *cut;

	expect_refused("\x01\x02garbage", XABI_EINVALID, "bad.xml:1: not well-formed XML");
	expect_refused("<?xml version=\"1.0\"?>\n<report/>", XABI_EINVALID,
		       "not an xabi dump");
	expect_refused("<?xml version=\"1.0\"?>\n<xabi-dump format-version=\"99\" profile=\"x\"/>",
		       XABI_EUNSUPPORTED, "format version 99 is newer");
	expect_refused("<?xml version=\"1.0\"?>\n<xabi-dump format-version=\"1\" profile=\"x\">\n"
		       "<configurations/></xabi-dump>", XABI_EINVALID, "bad.xml:3:");
	/* A truncated dump names where it stops making sense. */
	write_file(path_in(fx, "c.xml"), fx->corpus);
	good = slurp(path_in(fx, "c.xml"));
	cut = strndup(good, strlen(good) / 2);
	expect_refused(cut, XABI_EINVALID, "not well-formed XML");
	free(cut);
	/* Valid against the schema but inconsistent: an unknown arch. */
	cut = strstr(good, "arch=\"x86_32\"");
	assert_non_null(cut);
	memcpy(cut, "arch=\"x86_99\"", 13);
	expect_refused(good, XABI_EINVALID, "unknown arch 'x86_99'");
	free(good);
}

/* A dump of one configuration around one fact whose attributes are `fact`. */
#define ONE_FACT_DUMP(fact) \
	"<?xml version=\"1.0\"?>\n<xabi-dump format-version=\"1\" profile=\"c\">\n" \
	"<configurations><arch name=\"host\" target=\"\"/>\n" \
	"<audience name=\"default\" defines=\"\" pinned=\"no\"/>\n" \
	"<partition lo=\"0x00000000\" hi=\"0xffffffffffffffff\"/>\n" \
	"<config id=\"0\" arch=\"host\" audience=\"default\" partition=\"0\"/>\n" \
	"</configurations><headers><header path=\"a.h\" parsed=\"0\"/></headers>\n" \
	"<facts>\n<macro " fact "/>\n</facts></xabi-dump>\n"

/* Escaped text reads back as it was written, '&' included. */
static void escapes_read_back(void **state)
{
	static const char text[] = ONE_FACT_DUMP(
		"name=\"M\" value=\"1\" type=\"int\" file=\"a.h\" line=\"3\" where=\"0\" "
		"comment=\"a &amp; b &lt;c&gt; &quot;d&quot; &#38;#38; &#233;\"");
	struct xabi_corpus *c = NULL;
	struct xabi_ctx ctx = { 0 };

	(void)state;
	assert_ok(&ctx, xabi_dump_read_memory(&c, text, strlen(text), "e.xml", NULL, &ctx));
	assert_int_equal(c->n_facts, 1);
	assert_string_equal(c->facts[0]->comment, "a & b <c> \"d\" &#38; \xc3\xa9");
	xabi_corpus_free(c);
}

/*
 * The schema speaks first: a fact without a "where" is a shape problem,
 * though the loader reads the fact before the validator sees it. A DOCTYPE
 * (entities, external files) is refused outright.
 */
static void shape_before_content(void **state)
{
	(void)state;
	expect_refused(ONE_FACT_DUMP("name=\"M\" value=\"1\" type=\"int\" file=\"a.h\" line=\"3\""),
		       XABI_EINVALID, "bad.xml:9: Element 'macro': The attribute 'where' is required");
	expect_refused(ONE_FACT_DUMP("name=\"M\" value=\"1\" type=\"int\" file=\"a.h\" line=\"x\" "
				     "where=\"0\""),
		       XABI_EINVALID, "does not follow xabi-dump.xsd");
	expect_refused("<?xml version=\"1.0\"?>\n<!DOCTYPE xabi-dump [<!ENTITY x SYSTEM "
		       "\"/etc/passwd\">]>\n<xabi-dump format-version=\"1\" profile=\"&x;\"/>",
		       XABI_EINVALID, "bad.xml:2: a DOCTYPE is not allowed: xabi reads no entities");
}

static const struct CMUnitTest tests[] = {
	cmocka_unit_test(round_trip_is_byte_identical),
	cmocka_unit_test(the_dump_holds_the_hvmmem_story),
	cmocka_unit_test(bad_dumps_are_refused),
	cmocka_unit_test(escapes_read_back),
	cmocka_unit_test(shape_before_content),
};

int main(int argc, char **argv)
{
	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests(tests, setup, teardown);
}
