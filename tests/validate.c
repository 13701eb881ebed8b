/* SPDX-License-Identifier: MIT */
/*
 * xabi-validate SCHEMA FILE...: validate XML files against a built-in
 * schema (xabi-dump.xsd, xabi-report.xsd) with libxml2. For the tests:
 * every XML file they write goes through it.
 */
#include <stdio.h>

#include "xabi/dump.h"

int main(int argc, char **argv)
{
	int failed = 0;

	if (argc < 3) {
		fprintf(stderr, "usage: xabi-validate SCHEMA FILE...\n");
		return 2;
	}
	for (int i = 2; i < argc; i++) {
		struct xabi_ctx ctx = { 0 };

		if (xabi_schema_validate_file(argv[i], argv[1], &ctx)) {
			fprintf(stderr, "xabi-validate: %s\n", ctx.message);
			failed = 1;
		}
	}
	return failed;
}
