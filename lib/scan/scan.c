/* SPDX-License-Identifier: MIT */
/*
 * A lexical scan of C headers: comments, string literals and line
 * continuations are understood; preprocessor directives are read whole.
 * Nothing is evaluated: conditions are searched for comparisons of the
 * version macro with a constant, which is all partitioning needs.
 *
 * One file past 500 lines: one lexer over each header. Comments, strings,
 * continuations and directives are read in the same loop, and what a
 * directive means (a condition, a define, an include) depends on where
 * the lexer is; split, its state would cross files.
 */
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/utf8.h"
#include "scan/scan.h"

/* isspace() in the C locale, without a call per byte. */
static inline bool is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

struct lexer {
	const char *text;
	size_t len, pos;
	unsigned line;
	bool line_has_code;
	struct xabi_scan_file *out;
	const char *version_macro, *latest_macro;
};

static int peek(const struct lexer *lx, size_t ahead)
{
	return lx->pos + ahead < lx->len ? (unsigned char)lx->text[lx->pos + ahead] : -1;
}

/* Comment text without delimiters, leading '*' and extra blanks. Written
 * straight into its buffer: every comment of every header passes here. */
static char *normalize_comment(const char *s, size_t n)
{
	char *out = xabi_xmalloc(n + 1), *o = out;
	bool line_start = true, space = false;

	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		if (c == '\n') {
			line_start = true;
			space = true;
			continue;
		}
		if (is_space(c)) {
			space = true;
			continue;
		}
		if (line_start && c == '*') /* the column of stars */
			continue;
		line_start = false;
		if (space && o > out)
			*o++ = ' ';
		space = false;
		*o++ = c;
	}
	*o = '\0';
	if (o == out) {
		free(out);
		return NULL;
	}
	return out;
}

static void add_comment(struct lexer *lx, unsigned first, unsigned last,
			bool line_comment, const char *body, size_t n)
{
	struct xabi_scan_file *f = lx->out;
	bool trailing = lx->line_has_code;
	char *text = normalize_comment(body, n);
	struct xabi_scan_comment *prev = f->n_comments ? &f->comments[f->n_comments - 1] : NULL;
	char *clean = text ? xabi_utf8_clean(text) : NULL;

	/* Comments end up in XML: keep them UTF-8 whatever the header's
	 * encoding. */
	if (clean) {
		free(text);
		text = clean;
	}
	if (!text)
		return;
	/* Consecutive // lines form one comment. */
	if (line_comment && !trailing && prev && !prev->trailing &&
	    prev->last + 1 == first) {
		char *joined = xabi_xasprintf("%s %s", prev->text, text);

		free(prev->text);
		free(text);
		prev->text = joined;
		prev->last = last;
		return;
	}
	xabi_grow_one((void **)&f->comments, f->n_comments, sizeof(*f->comments));
	f->comments[f->n_comments++] = (struct xabi_scan_comment){ first, last, trailing, text };
}

/* At the start of a block or line comment: consume and record it. */
static void skip_comment(struct lexer *lx)
{
	unsigned first = lx->line;
	size_t start = lx->pos + 2;

	if (peek(lx, 1) == '*') {
		const char *body = lx->text + start, *end = lx->text + lx->len;
		const char *close = memmem(body, (size_t)(end - body), "*/", 2);

		close = close ? close : end;
		for (const char *nl = body; (nl = memchr(nl, '\n', (size_t)(close - nl))); nl++)
			lx->line++;
		lx->pos = (size_t)(close - lx->text);
		add_comment(lx, first, lx->line, false, lx->text + start,
			    (lx->pos < lx->len ? lx->pos : lx->len) - start);
		lx->pos = lx->pos + 2 < lx->len ? lx->pos + 2 : lx->len;
	} else {
		lx->pos += 2;
		while (lx->pos < lx->len && lx->text[lx->pos] != '\n')
			lx->pos++;
		add_comment(lx, first, first, true, lx->text + start, lx->pos - start);
	}
}

static void skip_literal(struct lexer *lx)
{
	char quote = lx->text[lx->pos++];

	while (lx->pos < lx->len) {
		char c = lx->text[lx->pos];

		if (c == '\\' && lx->pos + 1 < lx->len && lx->text[lx->pos + 1] != '\n') {
			lx->pos += 2;
			continue;
		}
		if (c == '\n')
			return; /* unterminated: let the compiler complain */
		lx->pos++;
		if (c == quote)
			return;
	}
}

static bool is_ident(int c)
{
	return c == '_' || isalnum(c);
}

/* Parse a C integer literal (with suffixes) at s; false if it is not one. */
static bool parse_number(const char *s, size_t n, uint64_t *out)
{
	char buf[64], *end;

	if (!n || n >= sizeof(buf) || !isdigit((unsigned char)s[0]))
		return false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	errno = 0;
	*out = strtoull(buf, &end, 0);
	if (errno)
		return false;
	while (*end == 'u' || *end == 'U' || *end == 'l' || *end == 'L')
		end++;
	return *end == '\0';
}

/* Tokens of a directive's condition: identifiers, numbers, operators. */
struct token {
	const char *s;
	size_t n;
};

static size_t tokenize(const char *s, struct token *toks, size_t max)
{
	size_t n = 0;

	while (*s && n < max) {
		const char *start = s;

		if (is_space(*s)) {
			s++;
			continue;
		}
		if (is_ident(*s) || *s == '.') {
			while (is_ident(*s) || *s == '.')
				s++;
		} else if (strchr("<>=!", *s) && s[1] == '=') {
			s += 2;
		} else if ((*s == '&' || *s == '|') && s[1] == *s) {
			s += 2;
		} else {
			s++;
		}
		toks[n++] = (struct token){ start, (size_t)(s - start) };
	}
	return n;
}

static bool tok_is(const struct token *t, const char *s)
{
	return t->n == strlen(s) && !memcmp(t->s, s, t->n);
}

static bool is_comparison(const struct token *t)
{
	return tok_is(t, "<") || tok_is(t, ">") || tok_is(t, "<=") ||
	       tok_is(t, ">=") || tok_is(t, "==") || tok_is(t, "!=");
}

static void add_threshold(struct xabi_scan_file *f, uint64_t v, unsigned line)
{
	xabi_grow_one((void **)&f->thresholds, f->n_thresholds, sizeof(*f->thresholds));
	f->thresholds[f->n_thresholds++] = (struct xabi_scan_threshold){ v, line };
}

/* The value a comparison operand stands for, skipping parentheses; its
 * token's index, or n when it is no number. */
static size_t operand(const struct token *t, size_t n, size_t i, int step,
		      const char *latest_macro, uint64_t *v, bool *is_latest)
{
	while (i < n && (tok_is(&t[i], "(") || tok_is(&t[i], ")")))
		i += (size_t)step;
	if (i >= n)
		return n;
	*is_latest = latest_macro && tok_is(&t[i], latest_macro);
	if (*is_latest)
		return i;
	return parse_number(t[i].s, t[i].n, v) ? i : n;
}

/*
 * Whether nothing but the comparison binds to t[i], looking `step` ways
 * past parentheses: the condition ends there, or && || ? : follow. Else
 * the version or the number is part of arithmetic ("V + 1 >= c",
 * "V >= 0x40000 + 0x700"), which the lexical scan cannot read.
 */
static bool stands_alone(const struct token *t, size_t n, size_t i, int step)
{
	const char *paren = step > 0 ? ")" : "(";

	for (i += (size_t)step; i < n && tok_is(&t[i], paren); i += (size_t)step)
		;
	return i >= n || tok_is(&t[i], "&&") || tok_is(&t[i], "||") ||
	       tok_is(&t[i], "?") || tok_is(&t[i], ":");
}

/*
 * Record every comparison of the version macro with a constant: the
 * condition changes value at the returned threshold(s). A comparison with
 * the latest macro is the "too new" check of xen-compat.h and starts no
 * partition.
 */
static void scan_condition(struct lexer *lx, const char *expr, unsigned line)
{
	struct token t[256];
	size_t n = tokenize(expr, t, 256);
	struct xabi_scan_file *f = lx->out;
	bool names_version = false, settled = true;

	for (size_t i = 0; i < n; i++) {
		const struct token *op = NULL;
		uint64_t v = 0;
		bool latest = false, mirrored = false, ok;
		size_t c = n;

		if (!tok_is(&t[i], lx->version_macro))
			continue;
		f->versioned = names_version = true;
		if (i > 0 && tok_is(&t[i - 1], "defined"))
			continue;
		if (i > 1 && tok_is(&t[i - 1], "(") && tok_is(&t[i - 2], "defined"))
			continue;
		if (i + 1 < n && is_comparison(&t[i + 1])) {
			op = &t[i + 1];
			c = operand(t, n, i + 2, 1, lx->latest_macro, &v, &latest);
		} else if (i >= 2 && is_comparison(&t[i - 1])) {
			op = &t[i - 1];
			mirrored = true;
			c = operand(t, n, i - 2, -1, lx->latest_macro, &v, &latest);
		}
		ok = c < n && (mirrored ?
			stands_alone(t, n, c, -1) && stands_alone(t, n, i, 1) :
			stands_alone(t, n, i, -1) && stands_alone(t, n, c, 1));
		if (!ok) {
			xabi_grow_one((void **)&f->unresolved, f->n_unresolved, sizeof(unsigned));
			f->unresolved[f->n_unresolved++] = line;
			settled = false;
			continue;
		}
		if (latest)
			continue;
		/* "V < c" and "c > V" change at c; "V <= c" and "c >= V" at c+1. */
		if (tok_is(op, "<") || tok_is(op, ">="))
			add_threshold(f, mirrored ? v + 1 : v, line);
		else if (tok_is(op, ">") || tok_is(op, "<="))
			add_threshold(f, mirrored ? v : v + 1, line);
		else if (tok_is(op, "==") || tok_is(op, "!=")) {
			add_threshold(f, v, line);
			add_threshold(f, v + 1, line);
		}
	}
	/* Left for the tree, which knows every macro (xabi_scan_evaluate). */
	if (!names_version || !settled) {
		xabi_grow_one((void **)&f->conditions, f->n_conditions, sizeof(*f->conditions));
		f->conditions[f->n_conditions++] = (struct xabi_scan_condition){
			line, names_version, xabi_xstrdup(expr)
		};
	}
}

/* `#define NAME(params) body`, from just after the '('. */
static void scan_function(struct xabi_scan_file *f, const char *name, size_t n,
			  const char *s)
{
	const char *close = strchr(s, ')');

	if (!close)
		return;
	xabi_grow_one((void **)&f->functions, f->n_functions, sizeof(*f->functions));
	f->functions[f->n_functions++] = (struct xabi_scan_function){
		xabi_xstrndup(name, n), xabi_xstrndup(s, (size_t)(close - s)),
		xabi_xstrdup(close + 1)
	};
}

static void scan_define(struct lexer *lx, const char *s, unsigned line)
{
	struct xabi_scan_file *f = lx->out;
	const char *name = s, *body;
	uint64_t v;

	while (is_ident(*s))
		s++;
	if (s == name)
		return;
	if (*s == '(') {
		scan_function(f, name, (size_t)(s - name), s + 1);
		return;
	}
	body = s;
	while (is_space(*body))
		body++;
	if (!*body)
		return;
	if (lx->latest_macro && (size_t)(s - name) == strlen(lx->latest_macro) &&
	    !memcmp(name, lx->latest_macro, (size_t)(s - name))) {
		size_t n = strcspn(body, " \t");

		/* Partitions end just after the latest version: the largest
		 * number has no "after" and is no interface version. */
		if (parse_number(body, n, &v) && v != UINT64_MAX) {
			f->defines_latest = true;
			f->latest = v;
			f->latest_line = line;
		}
	}
	xabi_grow_one((void **)&f->defines, f->n_defines, sizeof(*f->defines));
	f->defines[f->n_defines] = (struct xabi_scan_define){
		.name = xabi_xstrndup(name, (size_t)(s - name)), .body = xabi_xstrdup(body),
		.line = line,
	};
	f->defines[f->n_defines].is_literal =
		xabi_literal_parse(body, &f->defines[f->n_defines].literal);
	f->n_defines++;
}

static void scan_undef(struct lexer *lx, const char *s)
{
	struct xabi_scan_file *f = lx->out;
	const char *name = s;

	while (is_ident(*s))
		s++;
	if (s == name)
		return;
	xabi_grow_one((void **)&f->undefs, f->n_undefs, sizeof(char *));
	xabi_grow_one((void **)&f->undef_lines, f->n_undefs, sizeof(unsigned));
	f->undef_lines[f->n_undefs] = lx->line;
	f->undefs[f->n_undefs++] = xabi_xstrndup(name, (size_t)(s - name));
}

static void scan_include(struct lexer *lx, const char *s)
{
	struct xabi_scan_file *f = lx->out;
	const char *end;

	/* <a/b.h> keeps its '<': it is looked for on the include path. */
	if (*s == '<' && (end = strchr(s + 1, '>'))) {
		xabi_grow_one((void **)&f->includes, f->n_includes, sizeof(char *));
		f->includes[f->n_includes++] = xabi_xstrndup(s, (size_t)(end - s));
		return;
	}
	if (*s != '"' || !(end = strchr(s + 1, '"')))
		return;
	xabi_grow_one((void **)&f->includes, f->n_includes, sizeof(char *));
	f->includes[f->n_includes++] = xabi_xstrndup(s + 1, (size_t)(end - s - 1));
}

/* Read the logical line of a directive (comments become spaces) and act. */
static void scan_directive(struct lexer *lx)
{
	struct xabi_buf d = XABI_BUF_INIT;
	unsigned line = lx->line;
	const char *s, *word;
	size_t wn;

	lx->pos++; /* '#' */
	lx->line_has_code = true;
	while (lx->pos < lx->len) {
		int c = lx->text[lx->pos];

		if (c == '\\' && peek(lx, 1) == '\n') {
			lx->pos += 2;
			lx->line++;
			continue;
		}
		if (c == '\n')
			break;
		if (c == '/' && (peek(lx, 1) == '*' || peek(lx, 1) == '/')) {
			skip_comment(lx);
			xabi_buf_putc(&d, ' ');
			continue;
		}
		xabi_buf_putc(&d, (char)c);
		lx->pos++;
	}
	s = xabi_buf_cstr(&d);
	while (is_space(*s))
		s++;
	word = s;
	while (is_ident(*s))
		s++;
	wn = (size_t)(s - word);
	while (is_space(*s))
		s++;
	if ((wn == 2 && !memcmp(word, "if", 2)) || (wn == 4 && !memcmp(word, "elif", 4))) {
		if (lx->version_macro)
			scan_condition(lx, s, line);
	} else if (wn == 6 && !memcmp(word, "define", 6)) {
		scan_define(lx, s, line);
	} else if (wn == 7 && !memcmp(word, "include", 7)) {
		scan_include(lx, s);
	} else if (wn == 5 && !memcmp(word, "undef", 5)) {
		scan_undef(lx, s);
	} else if (wn == 5 && !memcmp(word, "error", 5)) {
		xabi_grow_one((void **)&lx->out->errors, lx->out->n_errors, sizeof(unsigned));
		lx->out->errors[lx->out->n_errors++] = line;
	}
	xabi_buf_release(&d);
}

/* Line -> comment tables, so each lookup is O(1). */
static void index_comments(struct xabi_scan_file *f)
{
	f->trailing_at = xabi_xcalloc(f->n_lines + 2, sizeof(unsigned));
	f->above = xabi_xcalloc(f->n_lines + 2, sizeof(unsigned));
	for (size_t i = 0; i < f->n_comments; i++) {
		const struct xabi_scan_comment *c = &f->comments[i];

		if (c->first > f->n_lines || c->last + 1 > f->n_lines + 1)
			continue;
		if (c->trailing)
			f->trailing_at[c->first] = (unsigned)i + 1;
		else
			f->above[c->last + 1] = (unsigned)i + 1;
	}
}

void xabi_scan_text(struct xabi_scan_file *out, const char *path,
		    const char *text, size_t len, const char *version_macro,
		    const char *latest_macro)
{
	struct lexer lx = { text, len, 0, 1, false, out, version_macro, latest_macro };
	bool line_start = true;

	memset(out, 0, sizeof(*out));
	out->path = xabi_xstrdup(path);
	while (lx.pos < len) {
		int c = text[lx.pos];

		if (c == '\n') {
			lx.line++;
			lx.pos++;
			lx.line_has_code = false;
			line_start = true;
		} else if (c == '\\' && peek(&lx, 1) == '\n') {
			lx.pos += 2;
			lx.line++;
		} else if (c == '/' && (peek(&lx, 1) == '*' || peek(&lx, 1) == '/')) {
			skip_comment(&lx);
		} else if (c == '#' && line_start) {
			scan_directive(&lx);
		} else if (c == '"' || c == '\'') {
			skip_literal(&lx);
			lx.line_has_code = true;
			line_start = false;
		} else if (is_space(c)) {
			lx.pos++;
		} else {
			lx.pos++;
			lx.line_has_code = true;
			line_start = false;
		}
	}
	out->n_lines = lx.line;
	index_comments(out);
}

void xabi_scan_file_release(struct xabi_scan_file *f)
{
	free(f->path);
	free(f->thresholds);
	free(f->unresolved);
	for (size_t i = 0; i < f->n_conditions; i++)
		free(f->conditions[i].text);
	free(f->conditions);
	for (size_t i = 0; i < f->n_defines; i++) {
		free(f->defines[i].name);
		free(f->defines[i].body);
	}
	free(f->defines);
	for (size_t i = 0; i < f->n_functions; i++) {
		free(f->functions[i].name);
		free(f->functions[i].params);
		free(f->functions[i].body);
	}
	free(f->functions);
	for (size_t i = 0; i < f->n_includes; i++)
		free(f->includes[i]);
	free(f->includes);
	for (size_t i = 0; i < f->n_undefs; i++)
		free(f->undefs[i]);
	free(f->undefs);
	free(f->undef_lines);
	free(f->errors);
	for (size_t i = 0; i < f->n_comments; i++)
		free(f->comments[i].text);
	free(f->comments);
	free(f->trailing_at);
	free(f->above);
	free(f->deps);
	memset(f, 0, sizeof(*f));
}

const char *xabi_scan_comment_at(const struct xabi_scan_file *f, unsigned line)
{
	unsigned i;

	if (!f || line > f->n_lines)
		return NULL;
	i = f->trailing_at[line] ? f->trailing_at[line] : f->above[line];
	return i ? f->comments[i - 1].text : NULL;
}
