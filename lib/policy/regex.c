/* SPDX-License-Identifier: MIT */
/* Bounded regular expressions for rules files (see regex.h). */
#include <stdio.h>
#include <stdlib.h>

#include "regex.h"

/* Budget: generous for names and paths, far below what hurts. */
#define MAX_NODES 20000.0
#define MAX_DEPTH 32

struct estimate {
	const char *p;
	const char *problem; /* set when the pattern is refused outright */
};

static double sequence(struct estimate *e, int depth);

/* A bracket expression, from '[' past its ']': "[]a]" and "[^]a]" hold a
 * ']', and "[:alpha:]" inside one is a unit. */
static void skip_bracket(struct estimate *e)
{
	const char *p = e->p + 1;

	if (*p == '^')
		p++;
	if (*p == ']')
		p++;
	while (*p && *p != ']') {
		if (p[0] == '[' && (p[1] == ':' || p[1] == '.' || p[1] == '=')) {
			char end = p[1];

			for (p += 2; *p && !(p[0] == end && p[1] == ']'); p++)
				;
			if (*p)
				p += 2;
		} else {
			p++;
		}
	}
	e->p = *p ? p + 1 : p;
}

/* How many copies of the preceding atom glibc makes for "{m}", "{m,}" or
 * "{m,n}" (which it bounds itself at RE_DUP_MAX). */
static double bound_copies(struct estimate *e)
{
	char *end;
	unsigned long m = strtoul(e->p + 1, &end, 10), n = m;

	if (*end == ',') {
		n = end[1] == '}' ? m + 1 : strtoul(end + 1, &end, 10);
		if (*end == ',')
			end++;
	}
	while (*end && *end != '}')
		end++;
	e->p = *end ? end + 1 : end;
	return (double)(m > n ? m : n) + 1;
}

/* One atom and its repetition operator: its estimated compiled size. */
static double atom(struct estimate *e, int depth)
{
	double size = 1;

	switch (*e->p) {
	case '(':
		if (depth >= MAX_DEPTH) {
			e->problem = "groups nested too deeply";
			return MAX_NODES;
		}
		e->p++;
		size = 1 + sequence(e, depth + 1);
		if (*e->p == ')')
			e->p++;
		break;
	case '[':
		skip_bracket(e);
		break;
	case '\\':
		if (e->p[1] >= '1' && e->p[1] <= '9')
			e->problem = "back-references are not supported";
		e->p += e->p[1] ? 2 : 1;
		break;
	default:
		e->p++;
	}
	if (*e->p == '*' || *e->p == '?' || *e->p == '+') {
		e->p++;
		size = 2 * size + 1;
	} else if (*e->p == '{') {
		size *= bound_copies(e);
	} else {
		return size;
	}
	/* "a+*", "a??": undefined in POSIX, and glibc's epsilon closures
	 * grow exponentially with each one stacked. */
	if (*e->p == '*' || *e->p == '?' || *e->p == '+' || *e->p == '{')
		e->problem = "stacked repetition operators";
	return size;
}

/* Atoms up to an unmatched ')' or the end; alternatives add up. */
static double sequence(struct estimate *e, int depth)
{
	double size = 0;

	while (*e->p && *e->p != ')' && !e->problem && size < MAX_NODES) {
		if (*e->p == '|')
			e->p++;
		else
			size += atom(e, depth);
	}
	return size;
}

int xabi_regex_compile(regex_t *re, const char *pattern, char *why, size_t why_len)
{
	struct estimate e = { pattern, NULL };
	double size = 0;
	int rc;

	while (*e.p && !e.problem && size < MAX_NODES) {
		size += sequence(&e, 0);
		if (*e.p == ')')
			e.p++; /* unmatched: regcomp will say so */
	}
	if (!e.problem && size >= MAX_NODES)
		e.problem = "too complex (stacked or nested repetition)";
	if (e.problem) {
		snprintf(why, why_len, "%s", e.problem);
		return -1;
	}
	rc = regcomp(re, pattern, REG_EXTENDED | REG_NOSUB);
	if (rc)
		regerror(rc, re, why, why_len);
	return rc;
}
