/* SPDX-License-Identifier: MIT */
/*
 * Shared by the cmocka unit tests: a main that runs one test array and can
 * filter tests by name (`test_scan partitions*`), and asserts that print
 * libxabi's own error message when they fail.
 */
#ifndef XABI_TESTS_TEST_H
#define XABI_TESTS_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "xabi/error.h"

/* Assert that a libxabi call succeeded, showing its message if not. */
#define assert_ok(ctx, call) do { \
	int rc_ = (call); \
	if (rc_ != 0) \
		fail_msg("%s failed (%d): %s", #call, rc_, (ctx)->message); \
} while (0)

/* The repository's root, where testdata/ is (set by CMake). */
#define SRCDIR XABI_SOURCE_DIR

#define XABI_TEST_MAIN(tests) \
	int main(int argc, char **argv) \
	{ \
		if (argc > 1) \
			cmocka_set_test_filter(argv[1]); \
		return cmocka_run_group_tests(tests, NULL, NULL); \
	}

#endif
