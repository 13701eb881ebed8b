/* SPDX-License-Identifier: MIT */
/*
 * Version gates the lexical scan cannot read. It takes "V >= 0x40700" and
 * "0x40700 <= V" (V the version macro) but not "(V) >= c", "V + 0 >= c",
 * or "XV >= c" after "#define XV V": those made no partition, so guests
 * pinned below c were never evaluated. Such conditions are evaluated here
 * as the preprocessor would: macros expanded (expand.c; the operand of
 * `defined` is not), the expression parsed with C's precedence, and for
 * each comparison whose one side depends on V, the value of V at which it
 * changes found by bisection, when that side moves one way with V (V and
 * constants under + - * / << >> and unary + - ~). What depends on V only
 * through comparisons changes where they do. Anything else, V & 1 say, is
 * left in `unresolved`: the CLI warns with file and line.
 *
 * One file past 500 lines: a small preprocessor-expression evaluator that
 * exists for this only (tokens, a precedence parser, monotonic bisection
 * over V); its parts share one expression type.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "expand.h"

/* The operand of `defined`, and identifiers left after expansion: their
 * value is not known here (target macros, -D, the audience's defines). */
#define UNKNOWN_NAME "__xabi_unknown"
/* Nesting of parentheses and operators followed, and operators in all:
 * real conditions hold a handful. */
#define MAX_DEPTH 256
#define MAX_NODES 2000

enum node_kind { N_NUM, N_VAR, N_UNKNOWN, N_UNARY, N_BINARY, N_COND };

struct node {
	enum node_kind kind;
	const struct xabi_tok *op;
	size_t a, b, c; /* children, by index */
	unsigned long long value;
};

struct parser {
	const struct xabi_tok *t;
	size_t n, i;
	const char *version;
	XABI_VEC(struct node) nodes;
	unsigned depth;
	bool bad;
};

/* ---- parsing ------------------------------------------------------------ */

static bool at(const struct parser *p, const char *s)
{
	return p->i < p->n && xabi_tok_is(&p->t[p->i], s);
}

static size_t add(struct parser *p, struct node n)
{
	if (p->nodes.n >= MAX_NODES) {
		p->bad = true;
		return 0; /* the root of what there is: never read */
	}
	XABI_VEC_PUSH(&p->nodes, n);
	return p->nodes.n - 1;
}

static bool parse_number(const struct xabi_tok *t, unsigned long long *out)
{
	char buf[64], *end;

	if (t->n >= sizeof(buf) || t->s[0] < '0' || t->s[0] > '9')
		return false;
	memcpy(buf, t->s, t->n);
	buf[t->n] = '\0';
	*out = strtoull(buf, &end, 0);
	while (*end == 'u' || *end == 'U' || *end == 'l' || *end == 'L')
		end++;
	return *end == '\0';
}

static size_t parse_cond(struct parser *p);

static size_t parse_primary(struct parser *p)
{
	const struct xabi_tok *t = p->i < p->n ? &p->t[p->i] : NULL;
	unsigned long long v;

	if (!t || ++p->depth > MAX_DEPTH) {
		p->bad = true;
		return add(p, (struct node){ .kind = N_UNKNOWN });
	}
	p->i++;
	if (xabi_tok_is(t, "(")) {
		size_t e = parse_cond(p);

		if (!at(p, ")"))
			p->bad = true;
		p->i++;
		p->depth--;
		return e;
	}
	p->depth--;
	if (xabi_tok_is(t, p->version))
		return add(p, (struct node){ .kind = N_VAR });
	if (parse_number(t, &v))
		return add(p, (struct node){ .kind = N_NUM, .value = v });
	if (!xabi_tok_is_ident(t))
		p->bad = true;
	return add(p, (struct node){ .kind = N_UNKNOWN });
}

static size_t parse_unary(struct parser *p)
{
	if (at(p, "+") || at(p, "-") || at(p, "~") || at(p, "!")) {
		const struct xabi_tok *op = &p->t[p->i++];
		size_t a;

		if (++p->depth > MAX_DEPTH) {
			p->bad = true;
			return add(p, (struct node){ .kind = N_UNKNOWN });
		}
		a = parse_unary(p);
		p->depth--;
		return add(p, (struct node){ .kind = N_UNARY, .op = op, .a = a });
	}
	return parse_primary(p);
}

/* Binary operators by precedence, loosest first. */
static const char *const levels[][5] = {
	{ "||" }, { "&&" }, { "|" }, { "^" }, { "&" }, { "==", "!=" },
	{ "<", ">", "<=", ">=" }, { "<<", ">>" }, { "+", "-" }, { "*", "/", "%" },
};
#define N_LEVELS (sizeof(levels) / sizeof(levels[0]))

static const struct xabi_tok *binary_op(const struct parser *p, size_t level)
{
	for (size_t k = 0; k < 5 && levels[level][k]; k++)
		if (at(p, levels[level][k]))
			return &p->t[p->i];
	return NULL;
}

static size_t parse_binary(struct parser *p, size_t level)
{
	size_t a = level == N_LEVELS ? parse_unary(p) : parse_binary(p, level + 1);
	const struct xabi_tok *op;

	while (level < N_LEVELS && !p->bad && (op = binary_op(p, level))) {
		size_t b;

		p->i++;
		b = parse_binary(p, level + 1);
		a = add(p, (struct node){ .kind = N_BINARY, .op = op, .a = a, .b = b });
	}
	return a;
}

static size_t parse_cond(struct parser *p)
{
	size_t c = parse_binary(p, 0), a, b;

	if (!at(p, "?") || p->bad)
		return c;
	p->i++;
	a = parse_cond(p);
	if (!at(p, ":"))
		p->bad = true;
	p->i++;
	b = parse_cond(p);
	return add(p, (struct node){ .kind = N_COND, .a = a, .b = b, .c = c });
}

/* ---- evaluation --------------------------------------------------------- */

static bool known(const struct parser *p, size_t i, unsigned long long v,
		  unsigned long long *out);

/* a && b, a || b: decided by either side alone when it can be. */
static bool logical(const struct parser *p, const struct node *n, unsigned long long v,
		    unsigned long long *out)
{
	bool and = xabi_tok_is(n->op, "&&");
	unsigned long long a, b;
	bool ka = known(p, n->a, v, &a), kb = known(p, n->b, v, &b);

	if ((ka && !a == and) || (kb && !b == and)) {
		*out = !and;
		return true;
	}
	if (!ka || !kb)
		return false;
	*out = and ? a && b : a || b;
	return true;
}

static unsigned long long arith(const struct xabi_tok *op, unsigned long long a,
				unsigned long long b)
{
	long long x = (long long)a, y = (long long)b;

	return xabi_tok_is(op, "*") ? a * b :
	       xabi_tok_is(op, "/") ? (unsigned long long)(y == -1 ? -x : x / y) :
	       xabi_tok_is(op, "%") ? (unsigned long long)(y == -1 ? 0 : x % y) :
	       xabi_tok_is(op, "+") ? a + b : xabi_tok_is(op, "-") ? a - b :
	       xabi_tok_is(op, "<<") ? (b < 64 ? a << b : 0) :
	       xabi_tok_is(op, ">>") ? (b < 64 ? (unsigned long long)(x >> b) : 0) :
	       xabi_tok_is(op, "<") ? x < y : xabi_tok_is(op, ">") ? x > y :
	       xabi_tok_is(op, "<=") ? x <= y : xabi_tok_is(op, ">=") ? x >= y :
	       xabi_tok_is(op, "==") ? a == b : xabi_tok_is(op, "!=") ? a != b :
	       xabi_tok_is(op, "&") ? a & b : xabi_tok_is(op, "|") ? a | b : a ^ b;
}

/* The value of node i with the version at v; false when it is unknown.
 * Arithmetic is on 64 bits, signed where it matters (the preprocessor's
 * intmax_t), wrapping rather than overflowing. */
static bool known(const struct parser *p, size_t i, unsigned long long v,
		  unsigned long long *out)
{
	const struct node *n = &p->nodes.items[i];
	unsigned long long a, b;

	switch (n->kind) {
	case N_NUM: *out = n->value; return true;
	case N_VAR: *out = v; return true;
	case N_UNKNOWN: return false;
	case N_COND:
		return known(p, n->c, v, &a) && known(p, a ? n->a : n->b, v, out);
	case N_UNARY:
		if (!known(p, n->a, v, &a))
			return false;
		*out = xabi_tok_is(n->op, "-") ? -a : xabi_tok_is(n->op, "~") ? ~a :
		       xabi_tok_is(n->op, "!") ? !a : a;
		return true;
	case N_BINARY:
		break;
	}
	if (xabi_tok_is(n->op, "&&") || xabi_tok_is(n->op, "||"))
		return logical(p, n, v, out);
	if (!known(p, n->a, v, &a) || !known(p, n->b, v, &b))
		return false;
	if ((xabi_tok_is(n->op, "/") || xabi_tok_is(n->op, "%")) && !b)
		return false;
	*out = arith(n->op, a, b);
	return true;
}

/* ---- where conditions change -------------------------------------------- */

/* How a node moves as the version grows. */
enum motion {
	FIXED,  /* it does not depend on the version */
	UP,     /* it never decreases */
	DOWN,   /* it never increases */
	STEPS,  /* it changes only where a comparison below it changes */
	ANYHOW, /* nothing can be said */
};

static enum motion flip(enum motion m)
{
	return m == UP ? DOWN : m == DOWN ? UP : m;
}

/* The operands of + (and of - once the right one is flipped). */
static enum motion join(enum motion a, enum motion b)
{
	if (a == FIXED || a == b)
		return b;
	if (b == FIXED)
		return a;
	return a == STEPS && b == STEPS ? STEPS : ANYHOW;
}

/* Operands of anything else: fine as long as neither moves smoothly. */
static enum motion combine(enum motion a, enum motion b)
{
	if (a == FIXED && b == FIXED)
		return FIXED;
	return (a == FIXED || a == STEPS) && (b == FIXED || b == STEPS) ? STEPS : ANYHOW;
}

struct finder {
	const struct parser *p;
	unsigned long long top; /* versions are looked at in [0, top] */
	XABI_VEC(unsigned long long) found;
	unsigned char *memo;    /* per node: 1 + its motion, 0 before */
	bool undecided;
};

/* Whether side (moving m) has passed k at v: side >= k (or > k when
 * `strict`) moving up, side <= k (< k) moving down. -1: unknown. */
static int passed(const struct finder *f, size_t side, enum motion m, long long k,
		  bool strict, unsigned long long v)
{
	unsigned long long x;
	long long s;

	if (!known(f->p, side, v, &x))
		return -1;
	s = (long long)x;
	return m == UP ? (strict ? s > k : s >= k) : (strict ? s < k : s <= k);
}

/* The first version at which side passes k, by bisection. */
static void find_change(struct finder *f, size_t side, enum motion m, long long k,
			bool strict)
{
	unsigned long long lo = 0, hi = f->top;
	int at_lo = passed(f, side, m, k, strict, lo), at_hi = passed(f, side, m, k, strict, hi);

	if (at_lo < 0 || at_hi < 0) {
		f->undecided = true;
		return;
	}
	if (at_lo || !at_hi)
		return; /* the same all the way */
	while (hi - lo > 1) {
		unsigned long long mid = lo + (hi - lo) / 2;
		int at_mid = passed(f, side, m, k, strict, mid);

		if (at_mid < 0) {
			f->undecided = true;
			return;
		}
		*(at_mid ? &hi : &lo) = mid;
	}
	XABI_VEC_PUSH(&f->found, hi);
}

/* "side OP k", side moving m (UP or DOWN): "<" and ">=" change where side
 * reaches k, "<=" and ">" where it passes k, "==" and "!=" at both. */
static void compare_with(struct finder *f, size_t side, enum motion m, const char *op,
			 long long k)
{
	bool eq = !strcmp(op, "==") || !strcmp(op, "!=");

	if (eq || !strcmp(op, "<") || !strcmp(op, ">="))
		find_change(f, side, m, k, m == DOWN);
	if (eq || !strcmp(op, "<=") || !strcmp(op, ">"))
		find_change(f, side, m, k, m == UP);
}

static enum motion motion(struct finder *f, size_t i);

/* Node i used as a truth value: where it becomes zero or not. */
static void truth(struct finder *f, size_t i)
{
	enum motion m = motion(f, i);

	if (m == UP || m == DOWN)
		compare_with(f, i, m, "!=", 0);
	else if (m == ANYHOW)
		f->undecided = true;
}

static const char *mirror(const struct xabi_tok *op)
{
	static const char *const pairs[][2] = {
		{ "<", ">" }, { ">", "<" }, { "<=", ">=" }, { ">=", "<=" },
		{ "==", "==" }, { "!=", "!=" },
	};

	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		if (xabi_tok_is(op, pairs[i][0]))
			return pairs[i][1];
	return "==";
}

/* A comparison: where it changes, when one side is fixed and known. */
static enum motion comparison(struct finder *f, const struct node *n)
{
	enum motion a = motion(f, n->a), b = motion(f, n->b);
	bool left = a != FIXED;
	size_t side = left ? n->a : n->b, fixed = left ? n->b : n->a;
	enum motion m = left ? a : b;
	unsigned long long k;
	char op[3];

	if (a == FIXED && b == FIXED)
		return FIXED;
	if ((a != FIXED && b != FIXED) || m == ANYHOW) {
		return combine(a, b);
	}
	if (m == STEPS)
		return STEPS;
	if (!known(f->p, fixed, 0, &k)) {
		f->undecided = true;
		return STEPS;
	}
	snprintf(op, sizeof(op), "%.*s", (int)n->op->n, n->op->s);
	compare_with(f, side, m, left ? op : mirror(n->op), (long long)k);
	return STEPS;
}

static bool is_comparison(const struct xabi_tok *op)
{
	return xabi_tok_is(op, "<") || xabi_tok_is(op, ">") || xabi_tok_is(op, "<=") ||
	       xabi_tok_is(op, ">=") || xabi_tok_is(op, "==") || xabi_tok_is(op, "!=");
}

/* Times a fixed, known factor: the same way, the other way, or fixed. */
static enum motion scaled(const struct finder *f, enum motion m, size_t factor, bool divides)
{
	unsigned long long c;

	if (!known(f->p, factor, 0, &c))
		return ANYHOW;
	if ((long long)c == 0)
		return divides ? ANYHOW : FIXED;
	return (long long)c > 0 ? m : flip(m);
}

static enum motion motion_of(struct finder *f, size_t i);

/* Each node once: its comparisons are looked into as it is. */
static enum motion motion(struct finder *f, size_t i)
{
	if (!f->memo[i])
		f->memo[i] = (unsigned char)(1 + motion_of(f, i));
	return (enum motion)(f->memo[i] - 1);
}

static enum motion motion_of(struct finder *f, size_t i)
{
	const struct node *n = &f->p->nodes.items[i];
	enum motion a, b;

	switch (n->kind) {
	case N_NUM:
	case N_UNKNOWN: return FIXED;
	case N_VAR: return UP;
	case N_COND:
		truth(f, n->c);
		return combine(motion(f, n->c), combine(motion(f, n->a), motion(f, n->b)));
	case N_UNARY:
		if (xabi_tok_is(n->op, "!")) {
			truth(f, n->a);
			return motion(f, n->a) == FIXED ? FIXED : STEPS;
		}
		a = motion(f, n->a);
		return xabi_tok_is(n->op, "+") ? a : flip(a);
	case N_BINARY:
		break;
	}
	if (is_comparison(n->op))
		return comparison(f, n);
	if (xabi_tok_is(n->op, "&&") || xabi_tok_is(n->op, "||")) {
		truth(f, n->a);
		truth(f, n->b);
		return combine(motion(f, n->a), motion(f, n->b)) == FIXED ? FIXED : STEPS;
	}
	a = motion(f, n->a);
	b = motion(f, n->b);
	if (xabi_tok_is(n->op, "+"))
		return join(a, b);
	if (xabi_tok_is(n->op, "-"))
		return join(a, flip(b));
	if (b == FIXED && (xabi_tok_is(n->op, "*") || xabi_tok_is(n->op, "/")))
		return a == FIXED ? FIXED : scaled(f, a, n->b, xabi_tok_is(n->op, "/"));
	if (a == FIXED && xabi_tok_is(n->op, "*"))
		return scaled(f, b, n->a, false);
	if (b == FIXED && (xabi_tok_is(n->op, "<<") || xabi_tok_is(n->op, ">>")))
		return a;
	return combine(a, b);
}

/* ---- the conditions of a tree ------------------------------------------- */

/* `defined X` and `defined ( X )` become one unknown: their operand is
 * not expanded, and whether it is defined is not known here. Whether the
 * rest names the version or any macro of the tree, in *worth. */
static void hide_defined(const struct xabi_expander *x, const char *version,
			 const struct xabi_toks *in, struct xabi_toks *out, bool *worth)
{
	static const struct xabi_tok unknown = { UNKNOWN_NAME, sizeof(UNKNOWN_NAME) - 1 };

	*worth = false;
	for (size_t i = 0; i < in->n; i++) {
		const struct xabi_tok *t = &in->items[i];

		if (xabi_tok_is(t, "defined")) {
			bool paren = i + 1 < in->n && xabi_tok_is(&in->items[i + 1], "(");

			i += paren ? 3 : 1;
			XABI_VEC_PUSH(out, unknown);
			continue;
		}
		*worth |= xabi_tok_is(t, version) || xabi_expander_has(x, t);
		XABI_VEC_PUSH(out, *t);
	}
}

static void add_unresolved(struct xabi_scan_file *f, unsigned line)
{
	for (size_t i = 0; i < f->n_unresolved; i++)
		if (f->unresolved[i] == line)
			return;
	xabi_grow_one((void **)&f->unresolved, f->n_unresolved, sizeof(unsigned));
	f->unresolved[f->n_unresolved++] = line;
}

static void drop_unresolved(struct xabi_scan_file *f, unsigned line)
{
	size_t kept = 0;

	for (size_t i = 0; i < f->n_unresolved; i++)
		if (f->unresolved[i] != line)
			f->unresolved[kept++] = f->unresolved[i];
	f->n_unresolved = kept;
}

/* Evaluate one condition; false when it stays undecided. */
static bool read_gate(const struct xabi_scan *s, struct xabi_scan_file *file,
		      const struct xabi_toks *expanded, unsigned line)
{
	struct parser p = { .t = expanded->items, .n = expanded->n, .version = s->version_macro };
	struct finder f = { .p = &p, .top = s->have_latest ? s->latest + 1 : 1ull << 32 };
	size_t root = parse_cond(&p);

	if (!p.bad && p.i == p.n) {
		f.memo = xabi_xcalloc(p.nodes.n + 1, 1);
		truth(&f, root);
		for (size_t i = 0; i < f.found.n; i++) {
			xabi_grow_one((void **)&file->thresholds, file->n_thresholds,
				      sizeof(*file->thresholds));
			file->thresholds[file->n_thresholds++] =
				(struct xabi_scan_threshold){ f.found.items[i], line };
		}
	}
	free(f.memo);
	free(f.found.items);
	free(p.nodes.items);
	return !p.bad && p.i == p.n && !f.undecided;
}

static void gate(const struct xabi_scan *s, struct xabi_expander *x,
		 struct xabi_scan_file *file, const struct xabi_scan_condition *c)
{
	struct xabi_toks raw = { 0 }, in = { 0 }, out = { 0 };
	bool worth, within, names = c->names_version;

	xabi_lex(c->text, &raw);
	hide_defined(x, s->version_macro, &raw, &in, &worth);
	if (worth) {
		within = xabi_expand(x, in.items, in.n, &out);
		for (size_t i = 0; i < out.n && !names; i++)
			names = xabi_tok_is(&out.items[i], s->version_macro);
		if (names && within && read_gate(s, file, &out, c->line)) {
			drop_unresolved(file, c->line);
			file->versioned = true;
		} else if (names || !within) {
			add_unresolved(file, c->line);
		}
	}
	free(raw.items);
	free(in.items);
	free(out.items);
}

void xabi_scan_find_gates(struct xabi_scan *s, struct xabi_expander *x)
{
	for (size_t i = 0; s->version_macro && i < s->n_files; i++)
		for (size_t c = 0; c < s->files[i].n_conditions; c++)
			gate(s, x, &s->files[i], &s->files[i].conditions[c]);
}
