/* SPDX-License-Identifier: MIT */
/*
 * The lexical scan: version thresholds from #if/#elif, macro definitions,
 * includes, #error lines, comments; and partition discovery on a tree.
 */
#include "test.h"
#include "xabi/profile.h"
#include "scan/scan.h"
#include "xabi/source.h"

#define V "__XEN_INTERFACE_VERSION__"
#define L "__XEN_LATEST_INTERFACE_VERSION__"

static void scan(struct xabi_scan_file *f, const char *text)
{
	xabi_scan_text(f, "t.h", text, strlen(text), V, L);
}

static uint64_t threshold(const struct xabi_scan_file *f, size_t i)
{
	assert_true(i < f->n_thresholds);
	return f->thresholds[i].value;
}

static void thresholds_of_each_comparison(void **state)
{
	struct xabi_scan_file f;

	(void)state;
	scan(&f, "#if " V " < 0x00040700\n#endif\n"          /* changes at c */
		 "#if " V " >= 0x00030205\n#endif\n"
		 "#if " V " > 0x040600\n#endif\n"            /* at c + 1 */
		 "#elif " V " <= 0x00040d00\n#endif\n"
		 "#if 0x100 > " V "\n#endif\n"               /* mirrored: V < c */
		 "#if 0x200 >= " V "\n#endif\n"              /* V <= c */
		 "#if (" V " == 0x300)\n#endif\n");          /* at c and c + 1 */
	assert_true(f.versioned);
	assert_int_equal(f.n_thresholds, 8);
	assert_int_equal(threshold(&f, 0), 0x40700);
	assert_int_equal(threshold(&f, 1), 0x30205);
	assert_int_equal(threshold(&f, 2), 0x40601);
	assert_int_equal(threshold(&f, 3), 0x40d01);
	assert_int_equal(threshold(&f, 4), 0x100);
	assert_int_equal(threshold(&f, 5), 0x201);
	assert_int_equal(threshold(&f, 6), 0x300);
	assert_int_equal(threshold(&f, 7), 0x301);
	assert_int_equal(f.thresholds[0].line, 1);
	assert_int_equal(f.n_unresolved, 0);
	xabi_scan_file_release(&f);
}

static void comparisons_that_make_no_partition(void **state)
{
	struct xabi_scan_file f;

	(void)state;
	scan(&f, "#if defined(" V ")\n#endif\n"
		 "#if !defined " V "\n#endif\n"
		 "#if " V " > " L "\n#error too new\n#endif\n"
		 "#if " V " < SOME_MACRO\n#endif\n"
		 "/* #if " V " < 0x999 */\n"
		 "#if X_VERSION < 0x500\n#endif\n");
	assert_int_equal(f.n_thresholds, 0);
	/* A comparison with a non-constant is reported, with its line. */
	assert_int_equal(f.n_unresolved, 1);
	assert_int_equal(f.unresolved[0], 8);
	assert_int_equal(f.n_errors, 1);
	assert_int_equal(f.errors[0], 6);
	xabi_scan_file_release(&f);
}

static void defines_includes_and_latest(void **state)
{
	struct xabi_scan_file f;

	(void)state;
	scan(&f, "#ifndef GUARD_H\n#define GUARD_H\n"       /* empty: skipped */
		 "#include \"../xen.h\"\n#include <stdint.h>\n"
		 "#define " L " 0x00041300\n"
		 "#define FUNC(x) ((x) + 1)\n"                 /* function-like */
		 "# define SPACED 7 /* trailing */\n"
		 "#define LONG_ONE (1 | \\\n    2)\n"
		 "#define AFTER 3\n");
	assert_int_equal(f.n_defines, 4);
	assert_string_equal(f.defines[0].name, L);
	assert_string_equal(f.defines[1].name, "SPACED");
	assert_int_equal(f.defines[1].line, 7);
	assert_string_equal(f.defines[2].name, "LONG_ONE");
	/* A continuation line still counts for line numbers. */
	assert_int_equal(f.defines[3].line, 10);
	assert_true(f.defines_latest);
	assert_int_equal(f.latest, 0x41300);
	/* <stdint.h> keeps its '<': a hosted profile looks for it on the
	 * include path. */
	assert_int_equal(f.n_includes, 2);
	assert_string_equal(f.includes[0], "../xen.h");
	assert_string_equal(f.includes[1], "<stdint.h");
	assert_string_equal(xabi_scan_comment_at(&f, 7), "trailing");
	xabi_scan_file_release(&f);
}

static void comments_of_declarations(void **state)
{
	struct xabi_scan_file f;

	(void)state;
	scan(&f, "/*\n * A block\n * above.\n */\n"           /* 1-4 */
		 "int a;\n"                                    /* 5 */
		 "int b; /* trailing b */\n"                   /* 6 */
		 "\n"
		 "// one\n// two\n"                            /* 8-9 */
		 "int c;\n"                                    /* 10 */
		 "int d;   /* a trailing comment\n"            /* 11 */
		 "            that goes on */\n"
		 "char *s = \"/* not a comment */\";\n"        /* 13 */
		 "int e;\n");                                  /* 14 */
	assert_string_equal(xabi_scan_comment_at(&f, 5), "A block above.");
	assert_string_equal(xabi_scan_comment_at(&f, 6), "trailing b");
	assert_string_equal(xabi_scan_comment_at(&f, 10), "one two");
	assert_string_equal(xabi_scan_comment_at(&f, 11), "a trailing comment that goes on");
	assert_null(xabi_scan_comment_at(&f, 13));
	assert_null(xabi_scan_comment_at(&f, 14));
	assert_null(xabi_scan_comment_at(&f, 999));
	xabi_scan_file_release(&f);
}

static void survives_unterminated_input(void **state)
{
	static const char *const texts[] = {
		"/* never closed", "\"never closed", "#if " V " <", "#define", "#",
		"#include \"", "int x; //", "\\", "#if " V " < 0xffffffffffffffffff\n",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(*texts); i++) {
		struct xabi_scan_file f;

		scan(&f, texts[i]);
		xabi_scan_file_release(&f);
	}
}

static void partitions_of_a_tree(void **state)
{
	struct xabi_profile *p;
	struct xabi_tree *t;
	struct xabi_scan *s;
	struct xabi_ctx ctx = { 0 };
	uint64_t *bounds;
	size_t n;

	(void)state;
	assert_ok(&ctx, xabi_profile_load(&p, "xen", &ctx));
	assert_ok(&ctx, xabi_tree_open(&t, SRCDIR "/testdata/hvmmem/4.7", p, &ctx));
	assert_ok(&ctx, xabi_scan_tree(&s, t, p, 0, &ctx));
	assert_true(s->have_latest);
	assert_int_equal(s->latest, 0x40700);
	assert_string_equal(s->latest_file, "xen-compat.h");
	xabi_scan_partitions(s, NULL, &bounds, &n);
	assert_int_equal(n, 2);
	assert_int_equal(bounds[0], 0);
	assert_int_equal(bounds[1], 0x40700);
	free(bounds);
	/* hvm/hvm_op.h includes ../xen.h, which includes xen-compat.h. */
	{
		const struct xabi_scan_file *hvm = xabi_scan_find(s, "hvm/hvm_op.h");

		assert_non_null(hvm);
		assert_int_equal(hvm->n_deps, 1);
		assert_string_equal(s->files[hvm->deps[0]].path, "xen.h");
	}
	xabi_scan_free(s);
	xabi_tree_free(t);
	xabi_profile_free(p);
}

static void thresholds_above_latest_are_dropped(void **state)
{
	struct xabi_scan s = { 0 };
	struct xabi_scan_file f;
	uint64_t *bounds;
	size_t n;

	(void)state;
	scan(&f, "#if " V " < 0x200\n#endif\n#if " V " >= 0x900\n#endif\n");
	s.n_files = 1;
	s.files = &f;
	s.have_latest = true;
	s.latest = 0x500;
	xabi_scan_partitions(&s, NULL, &bounds, &n);
	assert_int_equal(n, 2);
	assert_int_equal(bounds[1], 0x200);
	free(bounds);
	xabi_scan_file_release(&f);
}

/* Thresholds of one evaluated file, sorted, as "v v v" (" ?" after them
 * when a line stays unresolved). */
static void evaluated(const char *text, char *out, size_t size)
{
	struct xabi_scan s = { .n_files = 1, .version_macro = V, .have_latest = true,
			       .latest = 0x50000 };
	struct xabi_scan_file f;
	uint64_t *values;
	size_t n, len = 0;

	scan(&f, text);
	s.files = &f;
	xabi_scan_evaluate(&s);
	xabi_scan_partitions(&s, NULL, &values, &n);
	out[0] = '\0';
	for (size_t i = 1; i < n && len < size; i++)
		len += (size_t)snprintf(out + len, size - len, "%s%llx", i > 1 ? " " : "",
					(unsigned long long)values[i]);
	if (f.n_unresolved && len < size)
		snprintf(out + len, size - len, " ?");
	free(values);
	xabi_scan_file_release(&f);
}

/* Gates the lexical scan cannot read are evaluated as the preprocessor
 * would; what cannot be decided is left unresolved ("?"). */
static void gates_evaluated(void **state)
{
	static const struct {
		const char *text, *thresholds;
	} cases[] = {
		{ "#if (" V ") >= 0x100\n#endif\n", "100" },
		{ "#if " V " + 0 >= 0x100\n#endif\n", "100" },
		{ "#if " V " >= 0x100 + 0x20\n#endif\n", "120" },
		{ "#if 2 * " V " > 0x200\n#endif\n", "101" },
		{ "#if -" V " < -0x100\n#endif\n", "101" },
		{ "#if !(" V " < 0x100) && defined(" V ")\n#endif\n", "100" },
		{ "#if " V " == 0x300\n#endif\n", "300 301" },
		{ "#define XV " V "\n#if XV >= 0x100\n#endif\n", "100" },
		{ "#define GE(v) (" V " >= (v))\n#if GE(0x100) || GE(0x400)\n#endif\n",
		  "100 400" },
		{ "#define XV " V "\n#if defined(XV)\n#endif\n", "" },
		{ "#if " V "\n#endif\n", "1" },
		{ "#if (" V " & 0xff) == 1\n#endif\n", " ?" },
		{ "#if " V " >= SOME_MACRO\n#endif\n", " ?" },
		{ "#if " V " >= 0x900000\n#endif\n", "" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		char got[128];

		evaluated(cases[i].text, got, sizeof(got));
		if (strcmp(got, cases[i].thresholds))
			fail_msg("%s: '%s', expected '%s'", cases[i].text, got,
				 cases[i].thresholds);
	}
}

/* Literal macros are typed by C11's rules, as clang types them (the real
 * releases' dumps are byte-identical either way); the rest is left to it. */
static void literal_macros_and_their_types(void **state)
{
	static const struct {
		const char *body;
		unsigned long_bits;
		const char *type;
		uint64_t bits;
	} typed[] = {
		{ "4", 64, "int", 4 },
		{ " ( 1UL ) ", 32, "unsigned long", 1 },
		{ "0x80000000", 64, "unsigned int", 0x80000000u },
		{ "2147483648", 64, "long", 2147483648u },
		{ "2147483648", 32, "long long", 2147483648u },
		{ "-1", 64, "int", UINT64_MAX },
		{ "(-1U)", 64, "unsigned int", 0xffffffffu },
		{ "-1UL", 32, "unsigned long", 0xffffffffu },
		{ "0xffffffffffffffff", 64, "unsigned long", UINT64_MAX },
		{ "0xffffffffffffffff", 32, "unsigned long long", UINT64_MAX },
		{ "010", 64, "int", 8 },
		{ "1llu", 64, "unsigned long long", 1 },
		{ "0x7fffffffL", 32, "long", 0x7fffffff },
		{ "0x80000000L", 32, "unsigned long", 0x80000000u },
	};
	static const char *const not_literal[] = {
		"1 + 2", "(1) << 2", "0x", "1.0", "1f", "'a'", "FOO", "1lL", "((1))", "(1",
		"18446744073709551616", "9223372036854775808", "1uu", "-(1)",
	};
	struct xabi_literal l;
	uint64_t bits;

	(void)state;
	for (size_t i = 0; i < sizeof(typed) / sizeof(*typed); i++) {
		const char *type;

		if (!xabi_literal_parse(typed[i].body, &l))
			fail_msg("'%s' is not read as a literal", typed[i].body);
		type = xabi_literal_type(&l, typed[i].long_bits, &bits);
		assert_non_null(type);
		if (strcmp(type, typed[i].type) || bits != typed[i].bits)
			fail_msg("'%s' (long %u): %s %llu", typed[i].body, typed[i].long_bits,
				 type, (unsigned long long)bits);
	}
	for (size_t i = 0; i < sizeof(not_literal) / sizeof(*not_literal); i++)
		if (xabi_literal_parse(not_literal[i], &l))
			fail_msg("'%s' is read as a literal", not_literal[i]);
}

static const struct CMUnitTest tests[] = {
	cmocka_unit_test(thresholds_of_each_comparison),
	cmocka_unit_test(comparisons_that_make_no_partition),
	cmocka_unit_test(defines_includes_and_latest),
	cmocka_unit_test(comments_of_declarations),
	cmocka_unit_test(survives_unterminated_input),
	cmocka_unit_test(partitions_of_a_tree),
	cmocka_unit_test(thresholds_above_latest_are_dropped),
	cmocka_unit_test(gates_evaluated),
	cmocka_unit_test(literal_macros_and_their_types),
};

XABI_TEST_MAIN(tests)
