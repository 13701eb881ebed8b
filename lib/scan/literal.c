/* SPDX-License-Identifier: MIT */
/* Integer literals in macro bodies, and their C types (see scan.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "scan/scan.h"

static const char *skip_spaces(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* The suffix at s: u, l, ll in either order, one case each; its length,
 * or -1 when it is not a valid suffix. */
static int parse_suffix(const char *s, struct xabi_literal *out)
{
	const char *p = s;

	for (int part = 0; part < 2; part++) {
		if ((*p == 'u' || *p == 'U') && !out->is_unsigned) {
			out->is_unsigned = true;
			p++;
		} else if ((*p == 'l' || *p == 'L') && !out->longs) {
			out->longs = p[1] == p[0] ? 2 : 1;
			p += out->longs;
		}
	}
	return (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
	       (*p >= 'A' && *p <= 'Z') || *p == '_' || *p == '.' ? -1 : (int)(p - s);
}

bool xabi_literal_parse(const char *text, struct xabi_literal *out)
{
	const char *s = skip_spaces(text);
	bool paren = false;
	uint64_t bits;
	char *end;
	int suffix;

	memset(out, 0, sizeof(*out));
	if (*s == '(') {
		paren = true;
		s = skip_spaces(s + 1);
	}
	if (*s == '-') {
		out->negative = true;
		s = skip_spaces(s + 1);
	}
	if (*s < '0' || *s > '9')
		return false;
	out->decimal = *s != '0';
	errno = 0;
	/* Base 0 reads 0x.. and 0..: C's own rules for hex and octal. */
	out->magnitude = strtoull(s, &end, 0);
	if (errno || end == s)
		return false;
	suffix = parse_suffix(end, out);
	if (suffix < 0)
		return false;
	s = skip_spaces(end + suffix);
	if (paren) {
		if (*s != ')')
			return false;
		s = skip_spaces(s + 1);
	}
	/* It must have a type whatever the width of long, or clang decides. */
	return !*s && xabi_literal_type(out, 32, &bits) && xabi_literal_type(out, 64, &bits);
}

const char *xabi_literal_type(const struct xabi_literal *l, unsigned long_bits,
			      uint64_t *bits)
{
	/* Candidate types in C11's order; signed ones are skipped for u
	 * suffixes, unsigned ones for decimal literals without one. */
	static const struct { const char *name; unsigned rank; bool is_unsigned; } types[] = {
		{ "int", 0, false }, { "unsigned int", 0, true },
		{ "long", 1, false }, { "unsigned long", 1, true },
		{ "long long", 2, false }, { "unsigned long long", 2, true },
	};

	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		unsigned width = types[i].rank == 0 ? 32 : types[i].rank == 1 ? long_bits : 64;
		uint64_t max = width == 64 ? UINT64_MAX : (UINT64_C(1) << width) - 1;

		if (types[i].rank < l->longs || (l->is_unsigned && !types[i].is_unsigned) ||
		    (l->decimal && !l->is_unsigned && types[i].is_unsigned))
			continue;
		if (!types[i].is_unsigned)
			max >>= 1;
		if (l->magnitude > max)
			continue;
		/* Unary minus keeps the type: unsigned values wrap. */
		*bits = l->negative ? (uint64_t)0 - l->magnitude : l->magnitude;
		if (types[i].is_unsigned && width < 64)
			*bits &= (UINT64_C(1) << width) - 1;
		return types[i].name;
	}
	return NULL;
}
