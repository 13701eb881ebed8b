/* SPDX-License-Identifier: MIT */
/*
 * The corpus: configurations, fact interning (one fact, many
 * configurations), canonical attributes, and the compact "where" text.
 */
#include "test.h"
#include "xabi/model.h"

/* Two arches x (guest over three partitions + pinned tools) = 8 configs:
 *   0-2 x86_64 guest p0-p2, 3 x86_64 tools, 4-6 x86_32 guest, 7 x86_32 tools */
static int setup(void **state)
{
	static const uint64_t bounds[] = { 0, 0x100, 0x200 };
	struct xabi_corpus *c;

	if (xabi_corpus_new(&c, "test"))
		return -1;
	xabi_space_add_arch(&c->space, "x86_64", "x86_64-linux-gnu");
	xabi_space_add_arch(&c->space, "x86_32", "i686-linux-gnu");
	xabi_space_add_audience(&c->space, "guest", "", false);
	xabi_space_add_audience(&c->space, "tools", "__XEN_TOOLS__", true);
	xabi_space_set_versions(&c->space, "VERSION", "LATEST", 0x300, bounds, 3);
	xabi_space_build_configs(&c->space, NULL);
	*state = c;
	return 0;
}

static int teardown(void **state)
{
	xabi_corpus_free(*state);
	return 0;
}

static struct xabi_bitset *set_of(const struct xabi_corpus *c, const char *members)
{
	struct xabi_bitset *b = xabi_space_new_set(&c->space);
	struct xabi_ctx ctx = { 0 };

	assert_ok(&ctx, xabi_bitset_parse(b, members, &ctx));
	return b;
}

static void configurations(void **state)
{
	struct xabi_corpus *c = *state;
	char *name;

	assert_int_equal(c->space.n_configs, 8);
	assert_int_equal(c->space.n_partitions, 3);
	assert_int_equal(c->space.partitions[2].hi, 0x301);
	assert_int_equal(xabi_space_partition_of(&c->space, 0xff), 0);
	assert_int_equal(xabi_space_partition_of(&c->space, 0x100), 1);
	assert_int_equal(xabi_space_partition_of(&c->space, 0x300), 2);
	assert_int_equal(xabi_space_partition_rep(&c->space, 1), 0x100);
	/* The last partition is parsed at exactly the latest version. */
	assert_int_equal(xabi_space_partition_rep(&c->space, 2), 0x300);
	name = xabi_space_config_name(&c->space, 5);
	assert_string_equal(name, "x86_32 guest iface=0x00000100");
	free(name);
	name = xabi_space_config_name(&c->space, 3);
	assert_string_equal(name, "x86_64 tools");
	free(name);
}

static void facts_are_stored_once(void **state)
{
	struct xabi_corpus *c = *state;
	struct xabi_ctx ctx = { 0 };
	struct xabi_fact f = {
		.kind = XABI_KIND_ENUMERATOR, .scope = "hvmmem_type_t",
		.name = "HVMMEM_unused", .file = "hvm/hvm_op.h", .line = 21,
		.n_attrs = 1, .attrs = { { "value", "3" } },
	};
	struct xabi_bitset *a = set_of(c, "2"), *b = set_of(c, "3 6-7");

	assert_ok(&ctx, xabi_corpus_add_fact(c, &f, a, &ctx));
	assert_ok(&ctx, xabi_corpus_add_fact(c, &f, b, &ctx));
	assert_int_equal(c->n_facts, 1);
	xabi_bitset_or(a, b);
	assert_true(xabi_bitset_equal(c->facts[0]->where, a));
	/* Another value is another fact. */
	f.attrs[0].value = "4";
	assert_ok(&ctx, xabi_corpus_add_fact(c, &f, a, &ctx));
	assert_int_equal(c->n_facts, 2);
	/* So is another comment. */
	f.comment = "placeholder";
	assert_ok(&ctx, xabi_corpus_add_fact(c, &f, a, &ctx));
	assert_int_equal(c->n_facts, 3);
	xabi_bitset_free(a);
	xabi_bitset_free(b);
}

/* Facts in order are only compared with the last one; the first out of
 * order must still find every earlier fact, and the corpus sorts. */
static void facts_out_of_order_are_found_again(void **state)
{
	struct xabi_corpus *c = *state;
	struct xabi_ctx ctx = { 0 };
	struct xabi_fact f = {
		.kind = XABI_KIND_MACRO, .name = "M", .file = "m.h",
		.n_attrs = 2, .attrs = { { "type", "int" }, { "value", "1" } },
	};
	struct xabi_bitset *a = set_of(c, "0"), *b = set_of(c, "1"), *ab = set_of(c, "0-1");

	f.line = 1;
	assert_ok(&ctx, xabi_corpus_add_fact(c, &f, a, &ctx));
	f.line = 3;
	assert_ok(&ctx, xabi_corpus_add_fact(c, &f, a, &ctx));
	/* Equal to the first, not to the last. */
	f.line = 1;
	assert_ok(&ctx, xabi_corpus_add_fact(c, &f, b, &ctx));
	assert_int_equal(c->n_facts, 2);
	f.line = 2;
	assert_ok(&ctx, xabi_corpus_add_fact(c, &f, a, &ctx));
	f.line = 3;
	assert_ok(&ctx, xabi_corpus_add_fact(c, &f, b, &ctx));
	assert_int_equal(c->n_facts, 3);
	xabi_corpus_finish(c);
	assert_int_equal(c->facts[0]->line, 1);
	assert_int_equal(c->facts[1]->line, 2);
	assert_int_equal(c->facts[2]->line, 3);
	assert_true(xabi_bitset_equal(c->facts[0]->where, ab));
	assert_true(xabi_bitset_equal(c->facts[1]->where, a));
	assert_true(xabi_bitset_equal(c->facts[2]->where, ab));
	xabi_bitset_free(a);
	xabi_bitset_free(b);
	xabi_bitset_free(ab);
}

/* Finished, facts on equal sets get one number; a fact added later
 * (library facts join a header corpus) leaves the others' set alone. */
static void equal_sets_share_a_number(void **state)
{
	struct xabi_corpus *c = *state;
	struct xabi_ctx ctx = { 0 };
	struct xabi_fact f = { .kind = XABI_KIND_TYPEDEF, .file = "t.h", .n_attrs = 1,
			       .attrs = { { "type", "int" } } };
	struct xabi_bitset *low = set_of(c, "0-1"), *two = set_of(c, "2");
	const char *names[] = { "a", "b", "c" };
	struct xabi_bitset *sets[] = { low, two, low };

	for (int i = 0; i < 3; i++) {
		f.name = names[i];
		assert_ok(&ctx, xabi_corpus_add_fact(c, &f, sets[i], &ctx));
	}
	xabi_corpus_finish(c);
	assert_int_equal(c->n_sets, 2);
	assert_int_equal(c->facts[0]->set, c->facts[2]->set);
	assert_true(xabi_bitset_equal(c->facts[0]->where, c->facts[2]->where));
	assert_int_not_equal(c->facts[0]->set, c->facts[1]->set);
	f.name = "a";
	assert_ok(&ctx, xabi_corpus_add_fact(c, &f, two, &ctx));
	assert_true(xabi_bitset_equal(c->facts[2]->where, low));
	assert_true(xabi_bitset_test(c->facts[0]->where, 2));
	xabi_bitset_free(low);
	xabi_bitset_free(two);
}

static void attributes_take_canonical_order(void **state)
{
	struct xabi_corpus *c = *state;
	struct xabi_ctx ctx = { 0 };
	struct xabi_fact f = {
		.kind = XABI_KIND_FIELD, .scope = "s", .name = "x", .file = "a.h",
		.line = 1, .n_attrs = 3,
		.attrs = { { "size", "32" }, { "offset", "0" }, { "type", "int" } },
	};
	struct xabi_bitset *all = set_of(c, "0-7");

	assert_ok(&ctx, xabi_corpus_add_fact(c, &f, all, &ctx));
	xabi_corpus_finish(c);
	assert_string_equal(c->facts[0]->attrs[0].key, "type");
	assert_string_equal(c->facts[0]->attrs[1].key, "offset");
	assert_string_equal(c->facts[0]->attrs[2].key, "size");
	assert_string_equal(xabi_fact_attr(c->facts[0], "offset"), "0");
	assert_null(xabi_fact_attr(c->facts[0], "bits"));
	/* A key the kind does not have is refused, naming the fact. */
	f.attrs[0].key = "value";
	assert_int_equal(xabi_corpus_add_fact(c, &f, all, &ctx), XABI_EINVALID);
	assert_non_null(strstr(ctx.message, "'x'"));
	xabi_bitset_free(all);
}

static void assert_where(const struct xabi_corpus *c, const char *members,
			 const char *expected)
{
	struct xabi_bitset *b = set_of(c, members);
	char *text = xabi_space_where(&c->space, b);

	assert_string_equal(text, expected);
	free(text);
	xabi_bitset_free(b);
}

static void where_is_compact(void **state)
{
	struct xabi_corpus *c = *state;

	assert_where(c, "0-7", "all");
	assert_where(c, "", "none");
	assert_where(c, "0-3", "x86_64");
	assert_where(c, "0-2 4-6", "guest");
	assert_where(c, "3 7", "tools");
	assert_where(c, "2-3 6-7", "guest iface>=0x00000200; tools");
	assert_where(c, "4", "x86_32 guest iface<0x00000100");
	assert_where(c, "1 5", "guest iface=0x00000100..0x000001ff");
	assert_where(c, "0 2 4 6", "guest iface<0x00000100,>=0x00000200");
	assert_where(c, "0-3 6", "x86_64; x86_32 guest iface>=0x00000200");
}

static void where_names_a_lone_configuration(void **state)
{
	static const uint64_t bounds[] = { 0, 0x100, 0x200 };
	static const bool only_p1[] = { false, true, false };
	struct xabi_corpus *c;

	(void)state;
	assert_int_equal(xabi_corpus_new(&c, "test"), 0);
	xabi_space_add_arch(&c->space, "x86_64", "");
	xabi_space_add_audience(&c->space, "guest", "", false);
	xabi_space_set_versions(&c->space, "VERSION", NULL, 0x300, bounds, 3);
	xabi_space_build_configs(&c->space, only_p1);
	assert_int_equal(c->space.n_configs, 1);
	/* Naming one configuration must say which one it is. */
	assert_where(c, "0", "x86_64 guest iface=0x00000100..0x000001ff");
	xabi_corpus_free(c);
}

static void header_notes_merge(void **state)
{
	struct xabi_corpus *c = *state;
	struct xabi_bitset *a = set_of(c, "0-2"), *b = set_of(c, "4-6");

	xabi_corpus_add_note(c, "domctl.h", XABI_HEADER_REFUSED, "tools only", a);
	xabi_corpus_add_note(c, "domctl.h", XABI_HEADER_REFUSED, "tools only", b);
	xabi_corpus_add_header(c, "domctl.h", NULL);
	xabi_corpus_add_header(c, "xen.h", a);
	xabi_corpus_finish(c);
	assert_int_equal(c->n_notes, 1);
	assert_int_equal(xabi_bitset_count(c->notes[0].where), 6);
	assert_int_equal(c->n_headers, 2);
	assert_string_equal(c->headers[0].path, "domctl.h");
	assert_true(xabi_bitset_empty(c->headers[0].parsed));
	xabi_bitset_free(a);
	xabi_bitset_free(b);
}

static const struct CMUnitTest tests[] = {
	cmocka_unit_test_setup_teardown(configurations, setup, teardown),
	cmocka_unit_test_setup_teardown(facts_are_stored_once, setup, teardown),
	cmocka_unit_test_setup_teardown(facts_out_of_order_are_found_again, setup, teardown),
	cmocka_unit_test_setup_teardown(equal_sets_share_a_number, setup, teardown),
	cmocka_unit_test_setup_teardown(attributes_take_canonical_order, setup, teardown),
	cmocka_unit_test_setup_teardown(where_is_compact, setup, teardown),
	cmocka_unit_test(where_names_a_lone_configuration),
	cmocka_unit_test_setup_teardown(header_notes_merge, setup, teardown),
};

XABI_TEST_MAIN(tests)
