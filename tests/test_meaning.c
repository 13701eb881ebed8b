/* SPDX-License-Identifier: MIT */
/*
 * What a value means (lib/compare/meaning.c): descriptions that say the
 * same, names that mark a value unused, macro families, and values that
 * are the same bits in another type.
 */
#include "test.h"
#include "compare/compare.h"

static struct xabi_fact macro(const char *name, const char *value, const char *type)
{
	struct xabi_fact f = { .kind = XABI_KIND_MACRO, .name = name, .n_attrs = 2 };

	f.attrs[0] = (struct xabi_attr){ "value", value };
	f.attrs[1] = (struct xabi_attr){ "type", type };
	return f;
}

static void descriptions(void **state)
{
	(void)state;
	assert_true(xabi_comment_same("Read-only, writes go to the DM.",
				      "read only: writes go to the dm"));
	/* A typo fix: one edit in a word, two in a long one. */
	assert_true(xabi_comment_same("the guest's memroy", "the guest's memory"));
	assert_true(xabi_comment_same("interuptible sleep", "interruptible sleep"));
	/* Short words must match: on and off mean different things. */
	assert_false(xabi_comment_same("turn it on", "turn it off"));
	assert_false(xabi_comment_same("writes go to the device model",
				       "writes are dropped"));
	assert_false(xabi_comment_same("one two", "one two three"));
}

static void unused(void **state)
{
	struct xabi_fact named = { .kind = XABI_KIND_ENUMERATOR, .name = "HVMMEM_unused" };
	struct xabi_fact described = { .kind = XABI_KIND_ENUMERATOR, .name = "HVMMEM_x",
				       .comment = "Placeholder; setting memory to this type fails" };
	struct xabi_fact live = { .kind = XABI_KIND_ENUMERATOR, .name = "HVMMEM_ioreq_server",
				  .comment = "memory type claimed by an ioreq server" };

	(void)state;
	assert_true(xabi_marks_unused(&named));
	assert_true(xabi_marks_unused(&described));
	assert_false(xabi_marks_unused(&live));
}

static void families(void **state)
{
	char buf[64];

	(void)state;
	assert_string_equal(xabi_macro_family("HVMOP_set_param", buf, sizeof(buf)), "HVMOP_");
	assert_string_equal(xabi_macro_family("XEN_DOMCTL_createdomain", buf, sizeof(buf)),
			    "XEN_DOMCTL_");
	assert_string_equal(xabi_macro_family("XEN_DOMCTL_SHADOW_OP_ENABLE", buf, sizeof(buf)),
			    "XEN_DOMCTL_SHADOW_OP_");
	assert_string_equal(xabi_macro_family("TRC_HVM_VMX_EXIT", buf, sizeof(buf)),
			    "TRC_HVM_VMX_");
}

static void same_bits(void **state)
{
	struct xabi_fact int_min = macro("F", "-2147483648", "int");
	struct xabi_fact bit31 = macro("F", "2147483648", "unsigned int");
	struct xabi_fact minus1 = macro("F", "-1", "int");
	struct xabi_fact u32max = macro("F", "4294967295", "unsigned int");
	struct xabi_fact u64max = macro("F", "18446744073709551615", "unsigned long long");
	struct xabi_fact five = macro("F", "5", "int"), six = macro("F", "6", "unsigned int");
	struct xabi_fact minus1_long = macro("F", "-1", "long");

	(void)state;
	assert_true(xabi_value_same_bits(&int_min, &bit31)); /* (1 << 31), (1U << 31) */
	assert_true(xabi_value_same_bits(&minus1, &u32max));
	assert_true(xabi_value_same_bits(&minus1, &u64max));
	/* Not a key: 4294967295 and 18446744073709551615 are not the same. */
	assert_false(xabi_value_same_bits(&u32max, &u64max));
	assert_false(xabi_value_same_bits(&five, &six));
	/* The same text in another type is no value change at all. */
	assert_false(xabi_value_same_bits(&minus1, &minus1_long));
}

static const struct CMUnitTest tests[] = {
	cmocka_unit_test(descriptions),
	cmocka_unit_test(unused),
	cmocka_unit_test(families),
	cmocka_unit_test(same_bits),
};

XABI_TEST_MAIN(tests)
