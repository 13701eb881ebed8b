/* SPDX-License-Identifier: MIT */
/* Utilities: the SHA-256 that tells a changed header from an unchanged one. */
#include <string.h>

#include "test.h"
#include "util/sha256.h"

static void sha256_matches_the_standard_vectors(void **state)
{
	static const struct {
		const char *text, *hex;
	} vectors[] = {
		{ "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
		{ "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
		/* 56 bytes: the length no longer fits the first padding block. */
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
		/* 64 bytes: one whole block, then padding alone. */
		{ "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
		  "a8ae6e6ee929abea3afcfc5258c8ccd6f85273e0d4626d26c7279f3250f77c8e" },
	};
	char hex[XABI_SHA256_HEX];

	(void)state;
	for (size_t i = 0; i < sizeof(vectors) / sizeof(*vectors); i++) {
		xabi_sha256_hex(vectors[i].text, strlen(vectors[i].text), hex);
		assert_string_equal(hex, vectors[i].hex);
	}
}

static const struct CMUnitTest tests[] = {
	cmocka_unit_test(sha256_matches_the_standard_vectors),
};

XABI_TEST_MAIN(tests)
