/* SPDX-License-Identifier: MIT */
/*
 * What a value means, in one place: whether two descriptions say the same
 * thing, whether a name or description marks a value unused, which family
 * a macro belongs to, and whether two values are the same bits. The
 * comparisons (attrs.c, renames.c, runtime.c) and the sink ask here.
 *
 * "The same value" has two readings today. The run-time rule and rename
 * pairing key a value by its text (the dump's decimal), so -1 and
 * 4294967295 are two values; a macro whose value changed only in type
 * ((1 << 31) to (1U << 31)) is told apart by xabi_value_same_bits(),
 * which is not transitive (-1 is the same bits as both 4294967295 and
 * 18446744073709551615), so it cannot be a key. Making the two one moves
 * verdicts; it is left for a change of its own.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compare.h"

/* The words of a comment, lower-cased, without punctuation. */
static size_t words_of(const char *s, char words[][32], size_t max)
{
	size_t n = 0;

	while (*s && n < max) {
		size_t len = 0;

		while (*s && !isalnum((unsigned char)*s))
			s++;
		if (!*s)
			break;
		while (isalnum((unsigned char)*s)) {
			if (len < 31)
				words[n][len++] = (char)tolower((unsigned char)*s);
			s++;
		}
		words[n++][len] = '\0';
	}
	return n;
}

/* Edit distance with transpositions (optimal string alignment). */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), d[33][33];

	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] != b[j - 1], best = d[i - 1][j - 1] + cost;

			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	return d[la][lb];
}

bool xabi_comment_same(const char *a, const char *b)
{
	/* Whitespace, case and punctuation do not change a meaning, and
	 * neither does fixing a typo: words may differ by one edit (two in
	 * long words), but not words of three letters or fewer ("on" and
	 * "off" mean different things). */
	char wa[128][32], wb[128][32];
	size_t na = words_of(a ? a : "", wa, 128), nb = words_of(b ? b : "", wb, 128);

	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++) {
		size_t len = strlen(wa[i]);

		if (!strcmp(wa[i], wb[i]))
			continue;
		if (len <= 3 || strlen(wb[i]) <= 3 ||
		    distance(wa[i], wb[i]) > (len >= 8 ? 2u : 1u))
			return false;
	}
	return true;
}

static bool contains_word(const char *s, const char *word)
{
	size_t n = strlen(word);

	for (; s && *s; s++)
		if (!strncasecmp(s, word, n))
			return true;
	return false;
}

bool xabi_marks_unused(const struct xabi_fact *f)
{
	static const char *const words[] = {
		"unused", "reserved", "placeholder", "deprecated", "obsolete",
		"retired", NULL
	};

	for (const char *const *w = words; *w; w++)
		if (contains_word(f->name, *w) || contains_word(f->comment, *w))
			return true;
	return false;
}

const char *xabi_macro_family(const char *name, char *buf, size_t size)
{
	const char *p = name, *end = NULL, *last = NULL;

	/* Mixed case (HVMOP_set_param, XEN_DOMCTL_createdomain): the
	 * components before the first one with a lower-case letter. */
	for (;;) {
		const char *us = strchr(p, '_');
		const char *stop = us ? us : p + strlen(p);

		for (const char *q = p; q < stop && !end; q++)
			if (islower((unsigned char)*q))
				end = p;
		if (end || !us)
			break;
		last = us + 1;
		p = us + 1;
	}
	/* All upper case (XEN_DOMCTL_SHADOW_OP_ENABLE): every component but
	 * the last, which keeps unrelated sub-families apart. */
	if (!end || end == name)
		end = last ? last : name;
	snprintf(buf, size, "%.*s", (int)(end - name), name);
	return buf;
}

/*
 * Do two macro values of different types hold the same bits, as (1 << 31)
 * and (1U << 31) do? Then only the type changed (macro.type-changed):
 * what a consumer stores or compares against is the same word.
 */
bool xabi_value_same_bits(const struct xabi_fact *a, const struct xabi_fact *b)
{
	const char *va = xabi_attr(a, "value"), *vb = xabi_attr(b, "value");
	char *ea, *eb;
	long long sa = strtoll(va, &ea, 0), sb = strtoll(vb, &eb, 0);
	unsigned long long ua = strtoull(va, NULL, 0), ub = strtoull(vb, NULL, 0);

	if (!*va || !*vb || *ea || *eb || !strcmp(xabi_attr(a, "type"), xabi_attr(b, "type")))
		return false;
	/* One negative, the other its two's complement at 32 or 64 bits. */
	return (sa < 0) != (sb < 0) &&
	       ((uint32_t)ua == (uint32_t)ub && (ua >> 32 == 0 || ub >> 32 == 0 ||
						 ua == ub));
}
