/* SPDX-License-Identifier: MIT */
/*
 * The change catalog is one table: the report schema must list exactly its
 * kinds, and every row must be complete.
 */
#include "test.h"
#include "../lib/util/embedded.h"
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

static const struct CMUnitTest tests[] = {
	cmocka_unit_test(every_row_is_complete),
	cmocka_unit_test(schema_lists_the_catalog),
};

XABI_TEST_MAIN(tests)
