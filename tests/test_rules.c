/* SPDX-License-Identifier: MIT */
/* Reading rules files: sections, lines of problems, values. */
#include "test.h"
#include "../lib/policy/regex.h"
#include "../lib/policy/rules_internal.h"

static void repeated_sections_keep_their_lines(void **state)
{
	struct xabi_rules r = XABI_RULES_INIT;
	struct xabi_ctx ctx = { 0 };
	const char *text =
		"# two suppressions of the same kind\n"
		"[suppress_type]\n"
		"name = a\n"
		"\n"
		"[suppress_type]\n"
		"name_regexp = ^b\n"
		"label = second\n";

	(void)state;
	assert_ok(&ctx, xabi_rules_load_text(&r, text, strlen(text), "t.rules", &ctx));
	assert_int_equal(r.n_rules, 2);
	assert_int_equal(r.rules[0]->line, 2);
	assert_string_equal(r.rules[0]->name, "a");
	assert_int_equal(r.rules[1]->line, 5);
	assert_string_equal(r.rules[1]->label, "second");
	assert_non_null(r.rules[1]->name_re);
	xabi_rules_release(&r);
}

static void expect_error(const char *text, const char *needle)
{
	struct xabi_rules r = XABI_RULES_INIT;
	struct xabi_ctx ctx = { 0 };

	assert_int_equal(xabi_rules_load_text(&r, text, strlen(text), "t.rules", &ctx), XABI_EINVALID);
	if (!strstr(ctx.message, needle))
		fail_msg("'%s' lacks '%s'", ctx.message, needle);
	xabi_rules_release(&r);
}

static void problems_name_their_line(void **state)
{
	(void)state;
	expect_error("[suppress_change]\nkind = x\n[suppress_change]\nkind = y\nnmae = z\n",
		     "t.rules:5: unknown key 'nmae'");
	expect_error("name = x\n", "t.rules:1: 'name' is outside any section");
	expect_error("[frobnicate]\nx = 1\n", "t.rules:1: unknown section [frobnicate]");
	expect_error("[override]\nkind = field.*\nseverity = fatal\n",
		     "t.rules:3: severity must be error, warning or info");
	expect_error("[waiver]\nreason = r\nuntil = soon\n", "t.rules:3: until must be");
	expect_error("[override]\nseverity = info\n", "t.rules:1: an [override] needs a kind");
	expect_error("[policy]\nungated_change = maybe\n", "t.rules:2: 'ungated_change' must be");
	expect_error("[suppress_type]\n", "t.rules:1: an empty section");
}

static void values_are_read(void **state)
{
	struct xabi_rules r = XABI_RULES_INIT;
	struct xabi_ctx ctx = { 0 };
	const char *text =
		"[waiver]\nkind = record.*\nreason = XSA-1\nuntil = 4.21\n"
		"[waiver]\nreason = XSA-2\nuntil = 0x00041300\n"
		"[policy]\nungated_change = no\narch_invariant = a, b c\n";

	(void)state;
	assert_ok(&ctx, xabi_rules_load_text(&r, text, strlen(text), "t.rules", &ctx));
	assert_int_equal(r.rules[0]->until, 0x41500);
	assert_int_equal(r.rules[1]->until, 0x41300);
	assert_int_equal(r.ungated_change, 0);
	assert_int_equal(r.version_not_bumped, -1);
	assert_int_equal(r.n_arch_invariant, 3);
	assert_string_equal(r.arch_invariant[2], "c");
	xabi_rules_release(&r);
}

/* Patterns whose compiled size explodes (found by fuzzing) are refused
 * before glibc expands them; ordinary ones still compile. */
static void regex_budget(void **state)
{
	static const char *const fine[] = {
		"^arch-x86/", "xen_(domctl|sysctl)_.*", "a{3}b{0,4}", "[[:alpha:]]+_t$",
		"[]a-z]+", "^(hvm|pv)_[a-z]+(_op)?$",
	};
	static const char *const refused[] = {
		"be++++++++++++++++++++++++++++++++++++++++", "be???????????????????_change",
		"a+*", "(((((((((((((((((((((a?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?)?",
		"((a{100}){100}){100}", "(a)\\1", "((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))",
	};
	char why[128];

	(void)state;
	for (size_t i = 0; i < sizeof(fine) / sizeof(*fine); i++) {
		regex_t re;

		if (xabi_regex_compile(&re, fine[i], why, sizeof(why)))
			fail_msg("'%s' refused: %s", fine[i], why);
		regfree(&re);
	}
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		regex_t re;

		if (!xabi_regex_compile(&re, refused[i], why, sizeof(why))) {
			regfree(&re);
			fail_msg("'%s' accepted", refused[i]);
		}
	}
}

static const struct CMUnitTest tests[] = {
	cmocka_unit_test(repeated_sections_keep_their_lines),
	cmocka_unit_test(problems_name_their_line),
	cmocka_unit_test(values_are_read),
	cmocka_unit_test(regex_budget),
};

XABI_TEST_MAIN(tests)
