/* SPDX-License-Identifier: MIT */
/*
 * Which macros may be probed. Each object-like macro that is not a plain
 * literal gets a probe that clang evaluates (clang/parse.c), and clang
 * expands the macro in full to do so: 41 lines of "#define A40 A39 A39"
 * that no header uses hung the run, though clang parses the headers alone
 * in a fraction of a second. So the scan expands each such macro first, as
 * the preprocessor would (arguments expanded before they are put in, the
 * result rescanned with the macro itself turned off), closely enough to
 * count, and gives up past a budget of tokens (XABI_MACRO_BUDGET):
 *   - a macro past the budget is not probed, and the CLI says so;
 *   - an expansion that holds '{', '}', ';' or unbalanced parentheses is
 *     no integer constant, and its probe would break the probes after it
 *     (a '{' swallowed them): it is not probed either, silently, since
 *     such a macro never had a value;
 *   - nor is one that holds __LINE__ or __COUNTER__ (OpenSSL's
 *     OPENSSL_LINE): its probe would give the umbrella's line, which moves
 *     whenever any header before it changes.
 * The expansion of an object-like macro is kept once known, unless it
 * depended on where it was expanded: "A40" costs 40 steps and then the
 * budget, not 2^40.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/map.h"
#include "expand.h"

/* Tokens all macros of a tree may cost together (one: in scan.h). */
#define TREE_BUDGET 50000000u
/* Nesting of expansions followed; deeper counts as too costly. */
#define MAX_NESTING 200

/* One definition of a macro; the first of a name stands for the name. */
struct macro {
	bool function, variadic;
	struct xabi_toks body, params;
	struct macro *next; /* another definition of the name */
	/* On the name's first entry: being expanded; and once known, the
	 * expansion of an object-like name. */
	bool active, known;
	struct xabi_toks expansion;
};

struct xabi_expander {
	struct xabi_map *macros; /* name -> struct macro (a list) */
	size_t spent;            /* on this macro */
	size_t tree_spent;
	unsigned nesting;
	bool over;    /* the budget ran out */
	bool context; /* met an active macro: the result depends on where */
	XABI_VEC(struct macro *) all;
};

static bool is_ident_char(int c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

bool xabi_tok_is_ident(const struct xabi_tok *t)
{
	return !(t->s[0] >= '0' && t->s[0] <= '9') && is_ident_char((unsigned char)t->s[0]);
}

bool xabi_tok_is(const struct xabi_tok *t, const char *s)
{
	return t->n == strlen(s) && !memcmp(t->s, s, t->n);
}

static bool tok_eq(const struct xabi_tok *a, const struct xabi_tok *b)
{
	return a->n == b->n && !memcmp(a->s, b->s, a->n);
}

/* The two-character operators an #if condition may hold. */
static bool is_pair(const char *s)
{
	static const char pairs[][3] = { "<=", ">=", "==", "!=", "&&", "||", "<<", ">>" };

	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		if (s[0] == pairs[i][0] && s[1] == pairs[i][1])
			return true;
	return false;
}

/* Preprocessing tokens, closely enough: identifiers and numbers, string
 * and character literals, "##", "...", the operators of conditions, other
 * characters one by one. */
void xabi_lex(const char *s, struct xabi_toks *out)
{
	while (*s) {
		const char *start = s;

		if (*s == ' ' || (*s >= '\t' && *s <= '\r')) {
			s++;
			continue;
		}
		if (is_ident_char((unsigned char)*s)) {
			while (is_ident_char((unsigned char)*s) || *s == '.')
				s++;
		} else if (*s == '"' || *s == '\'') {
			char q = *s++;

			while (*s && *s != q)
				s += s[0] == '\\' && s[1] ? 2 : 1;
			s += *s == q;
		} else if ((s[0] == '#' && s[1] == '#') || is_pair(s)) {
			s += 2;
		} else if (s[0] == '.' && s[1] == '.' && s[2] == '.') {
			s += 3;
		} else {
			s++;
		}
		XABI_VEC_PUSH(out, ((struct xabi_tok){ start, (unsigned)(s - start) }));
	}
}

static struct macro *find(const struct xabi_expander *x, const struct xabi_tok *t)
{
	char name[256];

	if (!xabi_tok_is_ident(t) || t->n >= sizeof(name))
		return NULL;
	memcpy(name, t->s, t->n);
	name[t->n] = '\0';
	return xabi_map_get(x->macros, name);
}

/* Every token read or written costs one. */
static bool spend(struct xabi_expander *x, size_t n)
{
	x->spent += n;
	x->tree_spent += n;
	if (x->spent > XABI_MACRO_BUDGET || x->tree_spent > TREE_BUDGET)
		x->over = true;
	return !x->over;
}

static void put(struct xabi_expander *x, struct xabi_toks *out, const struct xabi_tok *t, size_t n)
{
	for (size_t i = 0; i < n && spend(x, 1); i++)
		XABI_VEC_PUSH(out, t[i]);
}

static void expand(struct xabi_expander *x, const struct xabi_tok *t, size_t n, struct xabi_toks *out);

/*
 * An object-like macro: every definition, since any may be the one in
 * force where it is probed (their expansions one after the other: wrong
 * as C, right for counting and for spotting braces).
 */
static void expand_object(struct xabi_expander *x, struct macro *m, struct xabi_toks *out)
{
	bool outer_context = x->context;
	struct xabi_toks own = { 0 };

	if (m->known) {
		put(x, out, m->expansion.items, m->expansion.n);
		return;
	}
	x->context = false;
	m->active = true;
	for (struct macro *d = m; d && !x->over; d = d->next)
		expand(x, d->body.items, d->body.n, &own);
	m->active = false;
	put(x, out, own.items, own.n);
	if (!x->context && !x->over) {
		m->expansion = own;
		m->known = true;
	} else {
		free(own.items);
	}
	x->context |= outer_context;
}

/* Split the arguments of a call whose '(' is t[0]: their token ranges,
 * and the index of the closing ')' (n when there is none). */
#define MAX_ARGS 64
static size_t split_args(const struct xabi_tok *t, size_t n, size_t *starts, size_t *ends,
			 size_t *n_args)
{
	long depth = 0;

	*n_args = 0;
	starts[0] = 1;
	for (size_t i = 0; i < n; i++) {
		if (xabi_tok_is(&t[i], "(")) {
			depth++;
		} else if (xabi_tok_is(&t[i], ")") && --depth == 0) {
			ends[(*n_args)++] = i;
			return i;
		} else if (depth == 1 && xabi_tok_is(&t[i], ",") && *n_args + 1 < MAX_ARGS) {
			ends[*n_args] = i;
			starts[++*n_args] = i + 1;
		}
	}
	return n;
}

static size_t param_of(const struct macro *m, const struct xabi_tok *t)
{
	for (size_t k = 0; xabi_tok_is_ident(t) && k < m->params.n; k++)
		if (tok_eq(t, &m->params.items[k]))
			return k;
	return m->params.n;
}

/* A call of function-like macro m: each argument expanded once, put in
 * for its parameter (as written next to '#' and '##'), then the whole
 * rescanned with m turned off. */
static void expand_call(struct xabi_expander *x, struct macro *m, const struct xabi_tok *args,
			const size_t *starts, const size_t *ends, size_t n_args,
			struct xabi_toks *out)
{
	struct xabi_toks *expanded = xabi_xcalloc(n_args + 1, sizeof(*expanded));
	struct xabi_toks body = { 0 };

	for (size_t i = 0; i < m->body.n && !x->over; i++) {
		const struct xabi_tok *b = &m->body.items[i];
		size_t k = param_of(m, b), from, to;
		bool raw = (i > 0 && (xabi_tok_is(b - 1, "#") || xabi_tok_is(b - 1, "##"))) ||
			   (i + 1 < m->body.n && xabi_tok_is(b + 1, "##"));

		if (k >= n_args) {
			put(x, &body, b, 1);
			continue;
		}
		from = starts[k];
		to = m->variadic && k + 1 == m->params.n ? ends[n_args - 1] : ends[k];
		if (raw) {
			put(x, &body, args + from, to - from);
			continue;
		}
		if (!expanded[k].items)
			expand(x, args + from, to - from, &expanded[k]);
		put(x, &body, expanded[k].items, expanded[k].n);
	}
	m->active = true;
	expand(x, body.items, body.n, out);
	m->active = false;
	for (size_t k = 0; k < n_args; k++)
		free(expanded[k].items);
	free(expanded);
	free(body.items);
}

static void expand(struct xabi_expander *x, const struct xabi_tok *t, size_t n, struct xabi_toks *out)
{
	if (++x->nesting > MAX_NESTING)
		x->over = true;
	for (size_t i = 0; i < n && spend(x, 1); i++) {
		struct macro *m = find(x, &t[i]);
		size_t starts[MAX_ARGS], ends[MAX_ARGS], n_args, close;

		if (m && m->active) {
			x->context = true; /* not expanded again in itself */
			m = NULL;
		}
		if (!m || (m->function && (i + 1 >= n || !xabi_tok_is(&t[i + 1], "(")))) {
			put(x, out, &t[i], 1);
			continue;
		}
		if (!m->function) {
			expand_object(x, m, out);
			continue;
		}
		close = split_args(t + i + 1, n - i - 1, starts, ends, &n_args);
		if (close == n - i - 1) { /* the call goes on past what is here */
			x->context = true;
			put(x, out, &t[i], 1);
			continue;
		}
		expand_call(x, m, t + i + 1, starts, ends, n_args, out);
		i += close + 1;
	}
	x->nesting--;
}

static void add_macro(struct xabi_expander *x, const char *name, const char *body,
		      const char *params)
{
	struct macro *m = xabi_xcalloc(1, sizeof(*m)), *first;

	xabi_lex(body, &m->body);
	if (params) {
		struct xabi_toks all = { 0 };

		m->function = true;
		xabi_lex(params, &all);
		for (size_t i = 0; i < all.n; i++) {
			if (xabi_tok_is(&all.items[i], "...")) {
				m->variadic = true;
				XABI_VEC_PUSH(&m->params, ((struct xabi_tok){ "__VA_ARGS__", 11 }));
			} else if (xabi_tok_is_ident(&all.items[i])) {
				m->variadic |= i + 1 < all.n && xabi_tok_is(&all.items[i + 1], "...");
				XABI_VEC_PUSH(&m->params, all.items[i]);
			}
		}
		free(all.items);
	}
	/* Later definitions go after the first, which stands for the name. */
	first = xabi_map_get(x->macros, name);
	if (first) {
		m->next = first->next;
		first->next = m;
	} else {
		xabi_map_put(x->macros, name, m);
	}
	XABI_VEC_PUSH(&x->all, m);
}

/* No integer constant: a brace or a semicolon, or parentheses that do
 * not balance (the probe wraps the macro in its own). */
static bool is_expression(const struct xabi_toks *t)
{
	long depth = 0;

	for (size_t i = 0; i < t->n && depth >= 0; i++) {
		if (xabi_tok_is(&t->items[i], "{") || xabi_tok_is(&t->items[i], "}") ||
		    xabi_tok_is(&t->items[i], ";"))
			return false;
		depth += xabi_tok_is(&t->items[i], "(") - xabi_tok_is(&t->items[i], ")");
	}
	return depth == 0;
}

bool xabi_expand(struct xabi_expander *x, const struct xabi_tok *t, size_t n,
		 struct xabi_toks *out)
{
	x->spent = 0;
	x->over = x->context = false;
	x->nesting = 0;
	expand(x, t, n, out);
	return !x->over;
}

bool xabi_expander_has(const struct xabi_expander *x, const struct xabi_tok *t)
{
	return find(x, t) != NULL;
}

struct xabi_expander *xabi_expander_new(const struct xabi_scan *s)
{
	struct xabi_expander *x = xabi_xcalloc(1, sizeof(*x));

	x->macros = xabi_map_new(4096);
	for (size_t i = 0; i < s->n_files; i++) {
		const struct xabi_scan_file *f = &s->files[i];

		for (size_t d = 0; d < f->n_defines; d++)
			if (!s->version_macro || strcmp(f->defines[d].name, s->version_macro))
				add_macro(x, f->defines[d].name, f->defines[d].body, NULL);
		for (size_t d = 0; d < f->n_functions; d++)
			add_macro(x, f->functions[d].name, f->functions[d].body,
				  f->functions[d].params);
	}
	return x;
}

void xabi_expander_free(struct xabi_expander *x)
{
	if (!x)
		return;
	for (size_t i = 0; i < x->all.n; i++) {
		free(x->all.items[i]->body.items);
		free(x->all.items[i]->params.items);
		free(x->all.items[i]->expansion.items);
		free(x->all.items[i]);
	}
	free(x->all.items);
	xabi_map_free(x->macros);
	free(x);
}

/* Whether the expansion holds a token whose value is where it is expanded. */
static bool is_positional(const struct xabi_toks *t)
{
	for (size_t i = 0; i < t->n; i++)
		if (xabi_tok_is(&t->items[i], "__LINE__") || xabi_tok_is(&t->items[i], "__COUNTER__"))
			return true;
	return false;
}

static enum xabi_unprobed judge(struct xabi_expander *x, const char *name)
{
	struct xabi_tok t = { name, (unsigned)strlen(name) };
	struct xabi_toks out = { 0 };
	bool within = xabi_expand(x, &t, 1, &out);
	enum xabi_unprobed verdict = !within ? XABI_UNPROBED_COSTLY :
				     !is_expression(&out) ? XABI_UNPROBED_NOT_EXPR :
				     is_positional(&out) ? XABI_UNPROBED_POSITIONAL : XABI_PROBED;

	free(out.items);
	return verdict;
}

void xabi_scan_judge_macros(struct xabi_scan *s, struct xabi_expander *x)
{
	for (size_t i = 0; i < s->n_files; i++)
		for (size_t d = 0; d < s->files[i].n_defines; d++) {
			struct xabi_scan_define *def = &s->files[i].defines[d];

			if (!def->is_literal)
				def->unprobed = judge(x, def->name);
		}
}

void xabi_scan_evaluate(struct xabi_scan *s)
{
	struct xabi_expander *x = xabi_expander_new(s);

	xabi_scan_judge_macros(s, x);
	xabi_scan_find_gates(s, x);
	xabi_expander_free(x);
}
