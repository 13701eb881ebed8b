/* SPDX-License-Identifier: MIT */
/* Bitsets over configuration indices: members, ranges text, order. */
#include "test.h"
#include "xabi/model.h"

static void members_and_counts(void **state)
{
	struct xabi_bitset *b = xabi_bitset_new(130);

	(void)state;
	assert_true(xabi_bitset_empty(b));
	xabi_bitset_set(b, 0);
	xabi_bitset_set(b, 64);
	xabi_bitset_set(b, 129);
	assert_true(xabi_bitset_test(b, 64));
	assert_false(xabi_bitset_test(b, 63));
	assert_false(xabi_bitset_test(b, 500)); /* out of range: not a member */
	assert_int_equal(xabi_bitset_count(b), 3);
	assert_int_equal(xabi_bitset_next(b, 1), 64);
	assert_int_equal(xabi_bitset_next(b, 65), 129);
	assert_int_equal(xabi_bitset_next(b, 130), 130);
	xabi_bitset_clear_bit(b, 64);
	assert_int_equal(xabi_bitset_next(b, 1), 129);
	xabi_bitset_set_all(b);
	assert_true(xabi_bitset_full(b));
	assert_int_equal(xabi_bitset_count(b), 130);
	xabi_bitset_free(b);
}

static void set_operations(void **state)
{
	struct xabi_bitset *a = xabi_bitset_new(70), *b = xabi_bitset_new(70);

	(void)state;
	xabi_bitset_set(a, 1);
	xabi_bitset_set(a, 66);
	xabi_bitset_set(b, 66);
	xabi_bitset_set(b, 2);
	xabi_bitset_or(a, b);
	assert_int_equal(xabi_bitset_count(a), 3);
	xabi_bitset_andnot(a, b);
	assert_int_equal(xabi_bitset_count(a), 1);
	assert_true(xabi_bitset_test(a, 1));
	xabi_bitset_set(a, 2);
	xabi_bitset_and(a, b);
	assert_int_equal(xabi_bitset_count(a), 1);
	assert_true(xabi_bitset_test(a, 2));
	xabi_bitset_free(a);
	xabi_bitset_free(b);
}

static void ranges_round_trip(void **state)
{
	struct xabi_bitset *b = xabi_bitset_new(100), *c = xabi_bitset_new(100);
	struct xabi_ctx ctx = { 0 };
	char *text;

	(void)state;
	for (size_t i = 0; i <= 23; i++)
		xabi_bitset_set(b, i);
	xabi_bitset_set(b, 48);
	xabi_bitset_set(b, 50);
	xabi_bitset_set(b, 51);
	xabi_bitset_set(b, 99);
	text = xabi_bitset_format(b);
	assert_string_equal(text, "0-23 48 50-51 99");
	assert_ok(&ctx, xabi_bitset_parse(c, text, &ctx));
	assert_true(xabi_bitset_equal(b, c));
	assert_int_equal(xabi_bitset_cmp(b, c), 0);
	free(text);
	xabi_bitset_free(b);
	assert_ok(&ctx, xabi_bitset_parse(c, "", &ctx));
	assert_true(xabi_bitset_empty(c));
	xabi_bitset_free(c);
}

static void bad_ranges_are_rejected(void **state)
{
	static const char *const bad[] = { "100", "5-3", "1,2", "x", "1 ", "-1", "1--2" };
	struct xabi_bitset *b = xabi_bitset_new(100);

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		struct xabi_ctx ctx = { 0 };

		assert_int_equal(xabi_bitset_parse(b, bad[i], &ctx), XABI_EINVALID);
		assert_non_null(strstr(ctx.message, bad[i]));
	}
	xabi_bitset_free(b);
}

static void order_is_by_lowest_member(void **state)
{
	struct xabi_bitset *a = xabi_bitset_new(10), *b = xabi_bitset_new(10);

	(void)state;
	xabi_bitset_set(a, 2);
	xabi_bitset_set(b, 3);
	assert_true(xabi_bitset_cmp(a, b) < 0);
	assert_true(xabi_bitset_cmp(b, a) > 0);
	xabi_bitset_set(b, 2);
	assert_true(xabi_bitset_cmp(a, b) > 0); /* a ran out first */
	xabi_bitset_free(a);
	xabi_bitset_free(b);
}

static const struct CMUnitTest tests[] = {
	cmocka_unit_test(members_and_counts),
	cmocka_unit_test(set_operations),
	cmocka_unit_test(ranges_round_trip),
	cmocka_unit_test(bad_ranges_are_rejected),
	cmocka_unit_test(order_is_by_lowest_member),
};

XABI_TEST_MAIN(tests)
