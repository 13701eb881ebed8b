/* SPDX-License-Identifier: MIT */
/*
 * Macros as facts: integer macros valued through their probes (or typed
 * from their literal), string and function-like macros by their canonical
 * tokens; each emitted once, at its last definition in the translation
 * unit, unless its header #undefs it further down.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/map.h"
#include "frontend.h"

/* The scan's definition of `name` in `file` on `line` (or the last one
 * above it: a continuation line may sit between '#' and the name). */
static const struct xabi_scan_define *scanned_define(const struct xabi_tu *t, size_t file,
						     const char *name, unsigned line)
{
	return xabi_scan_define_at(&t->fe->scan->files[file], name, line);
}

/* The version macros are the configuration, not facts. */
static bool is_version_macro(const struct xabi_tu *t, const char *name)
{
	const char *version = t->fe->profile->version_macro;
	const char *latest = t->fe->profile->latest_macro;

	return (version && !strcmp(name, version)) || (latest && !strcmp(name, latest));
}

/* More parameters than any header writes; further ones keep their names. */
#define XABI_MACRO_MAX_PARAMS 32

static bool word_char(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '"' || c == '\'' || c == '$';
}

/* The spelling of `tok` in a canonical value: a function-like macro's
 * parameter by its position ($1, $2, ...), so that renaming one (4.18's
 * _mi -> mi in xen-mca.h) changes nothing; the names are kept in params,
 * collected while *in_params. */
static const char *canonical(const char *tok, CXTokenKind kind, char params[][64],
			     size_t *n_params, bool *in_params, char pos[24])
{
	if (*in_params) {
		if (!strcmp(tok, ")"))
			*in_params = false;
		if (kind != CXToken_Identifier || *n_params >= XABI_MACRO_MAX_PARAMS ||
		    strlen(tok) >= sizeof(params[0]))
			return tok;
		memcpy(params[*n_params], tok, strlen(tok) + 1);
		snprintf(pos, 24, "$%zu", ++*n_params);
		return pos;
	}
	for (size_t i = 0; kind == CXToken_Identifier && i < *n_params; i++)
		if (!strcmp(params[i], tok)) {
			snprintf(pos, 24, "$%zu", i + 1);
			return pos;
		}
	return tok;
}

/* A token's spelling without its line splices: libclang spells a token
 * that follows a backslash-newline with it ("\\\n}"). Into out (truncated
 * to its size: no token of a header is that long). */
static const char *unsplice(const char *tok, char *out, size_t size)
{
	size_t n = 0;

	for (; *tok && n + 1 < size; tok++) {
		size_t blanks = tok[0] == '\\' ? strspn(tok + 1, " \t\r") : 0;

		if (tok[0] == '\\' && tok[1 + blanks] == '\n')
			tok += 1 + blanks;
		else
			out[n++] = *tok;
	}
	out[n] = 0;
	return out;
}

/* A macro's tokens (after its name) joined as a canonical text: comments
 * left out, a space only where two words, or two operators, would
 * otherwise run together, so that layout and comments never change the
 * text. */
static const char *join_tokens(struct xabi_tu *t, const CXToken *toks, unsigned n,
			       bool function)
{
	char params[XABI_MACRO_MAX_PARAMS][64], pos[24], spliced[1024];
	size_t n_params = 0;
	bool in_params = function;
	struct xabi_buf b = XABI_BUF_INIT;
	const char *text;
	char last = 0;

	for (unsigned i = 0; i < n; i++) {
		CXTokenKind kind = clang_getTokenKind(toks[i]);
		CXString s;
		const char *tok;

		if (kind == CXToken_Comment)
			continue;
		s = clang_getTokenSpelling(t->tu, toks[i]);
		tok = unsplice(clang_getCString(s), spliced, sizeof(spliced));
		clang_disposeString(s);
		if (!*tok)
			continue;
		tok = canonical(tok, kind, params, &n_params, &in_params, pos);
		if (last && *tok && word_char(tok[0]) == word_char(last) &&
		    !strchr("()[]{},;", tok[0]) && !strchr("()[]{},;", last))
			xabi_buf_add(&b, " ", 1);
		xabi_buf_add(&b, tok, strlen(tok));
		last = tok[strlen(tok) - 1];
	}
	text = xabi_arena_strdup(&t->out->arena, xabi_buf_cstr(&b));
	xabi_buf_release(&b);
	return text;
}

/* A macro's value as canonical tokens: a function-like macro's parameter
 * list and replacement ("($1,$2) ($1)=($2).p"), an object-like one's
 * replacement. */
static const char *macro_value(struct xabi_tu *t, CXCursor c, bool function)
{
	CXToken *toks = NULL;
	unsigned n = 0;
	const char *value;

	clang_tokenize(t->tu, clang_getCursorExtent(c), &toks, &n);
	/* The first token is the macro's name. */
	value = n > 1 ? join_tokens(t, toks + 1, n - 1, function) : NULL;
	clang_disposeTokens(t->tu, toks, n);
	return value;
}

/* Whether an object-like macro's body is a string literal (or adjacent
 * ones): its value is the text, as consumers compare or print it. */
static bool is_string_body(const char *body)
{
	body += strspn(body, " \t");
	return body[0] == '"' || (body[0] == 'L' && body[1] == '"');
}

/* Note a string or function-like macro's definition, valued now. */
static void note_text_macro(struct xabi_tu *t, CXCursor c, const char *name, size_t file,
			    unsigned line, const struct xabi_scan_define *def)
{
	const char *value, *type;

	if (clang_Cursor_isMacroFunctionLike(c)) {
		value = macro_value(t, c, true);
		type = XABI_MACRO_FUNCTION;
	} else if (def && is_string_body(def->body)) {
		value = macro_value(t, c, false);
		type = XABI_MACRO_STRING;
	} else {
		return;
	}
	if (value)
		XABI_VEC_PUSH(&t->texts, ((struct xabi_text_macro){
			{ xabi_arena_strdup(&t->out->arena, name), file, line }, value, type }));
}

/* Macro definitions seen so far: name -> (file << 32 | line) + 1. Those of
 * macros without a probe are literals, kept to be typed at the end. */
void xabi_macro_note(struct xabi_tu *t, CXCursor c)
{
	unsigned line;
	size_t file = xabi_tu_locate(t, clang_getCursorLocation(c), &line);
	const struct xabi_scan_define *def;
	CXString name;
	const char *s;

	if (file >= t->fe->scan->n_files)
		return;
	name = clang_getCursorSpelling(c);
	s = clang_getCString(name);
	xabi_map_put(t->macro_defs, s, (void *)(((uintptr_t)file << 32 | line) + 1));
	/* Every definition counts for which is the last; only the job's
	 * files' are values to read. */
	if (t->only && !t->only[file]) {
		clang_disposeString(name);
		return;
	}
	def = is_version_macro(t, s) ? NULL : scanned_define(t, file, s, line);
	if (!xabi_map_get(t->probed, s) && def && def->is_literal)
		XABI_VEC_PUSH(&t->literals, ((struct xabi_macro_site){ def->name, file, line }));
	else if (!is_version_macro(t, s))
		note_text_macro(t, c, s, file, line, def);
	clang_disposeString(name);
}

static void emit_macro(struct xabi_tu *t, const char *name, size_t file, unsigned line,
		       const char *value, const char *type)
{
	struct xabi_fact *f = xabi_tu_emit(t, XABI_KIND_MACRO, NULL,
				   xabi_arena_strdup(&t->out->arena, name), file, line);

	xabi_tu_attr(f, "value", value);
	xabi_tu_attr(f, "type", type);
}

/* The literal macros whose last definition in the TU is the one noted. */
static void emit_literals(struct xabi_tu *t)
{
	for (size_t i = 0; i < t->literals.n; i++) {
		const struct xabi_macro_site *m = &t->literals.items[i];
		uintptr_t site = (uintptr_t)xabi_map_get(t->macro_defs, m->name);
		const struct xabi_scan_define *def;
		const char *type;
		uint64_t bits;

		if (site != (((uintptr_t)m->file << 32 | m->line) + 1) || !t->long_bits ||
		    t->out->state[m->file] != XABI_FILE_PARSED)
			continue;
		def = scanned_define(t, m->file, m->name, m->line);
		type = xabi_literal_type(&def->literal, t->long_bits, &bits);
		if (type)
			emit_macro(t, m->name, m->file, m->line,
				   strstr(type, "unsigned") ? xabi_tu_unumber(t, bits) :
				   xabi_tu_number(t, (long long)bits), type);
	}
}

/* Whether the definition at m is the last one of its name in the TU. */
static bool last_definition(const struct xabi_tu *t, const struct xabi_macro_site *m)
{
	uintptr_t site = (uintptr_t)xabi_map_get(t->macro_defs, m->name);

	return site == (((uintptr_t)m->file << 32 | m->line) + 1) &&
	       t->out->state[m->file] == XABI_FILE_PARSED;
}

/* Whether the header that defines m #undefs it further down: then it is
 * the header's own helper (arch-x86/xen-x86_64.h's __DECL_REG), not
 * something a consumer can use. */
static bool undefined_below(const struct xabi_tu *t, const struct xabi_macro_site *m)
{
	const struct xabi_scan_file *f = &t->fe->scan->files[m->file];

	for (size_t d = 0; d < f->n_undefs; d++)
		if (f->undef_lines[d] > m->line && !strcmp(f->undefs[d], m->name))
			return true;
	return false;
}

/* The string and function-like macros whose definition is the last. */
static void emit_texts(struct xabi_tu *t)
{
	for (size_t i = 0; i < t->texts.n; i++) {
		const struct xabi_text_macro *m = &t->texts.items[i];

		if (last_definition(t, &m->site) && !undefined_below(t, &m->site))
			emit_macro(t, m->site.name, m->site.file, m->site.line, m->value,
				   m->type);
	}
}

void xabi_macro_probe(struct xabi_tu *t, CXCursor c, const char *var)
{
	const char *macro = var + strlen(PROBE_PREFIX);
	uintptr_t site = (uintptr_t)xabi_map_get(t->macro_defs, macro);
	CXType type = clang_getCursorType(c);
	CXEvalResult r;
	size_t file;
	const char *tname;

	if (!site || clang_isInvalidDeclaration(c) || !xabi_type_is_integer(type) ||
	    xabi_tu_probe_failed(t, c))
		return;
	site--;
	file = site >> 32;
	if (file >= t->fe->scan->n_files ||
	    t->out->state[file] != XABI_FILE_PARSED)
		return;
	r = clang_Cursor_Evaluate(c);
	if (!r)
		return;
	if (clang_EvalResult_getKind(r) == CXEval_Int) {
		tname = xabi_tu_type_name(t, type);
		if (!strncmp(tname, "const ", 6))
			tname += 6;
		emit_macro(t, macro, file, (unsigned)(site & 0xffffffffu),
			   clang_EvalResult_isUnsignedInt(r) ?
			   xabi_tu_unumber(t, clang_EvalResult_getAsUnsigned(r)) :
			   xabi_tu_number(t, clang_EvalResult_getAsLongLong(r)), tname);
	}
	clang_EvalResult_dispose(r);
}

void xabi_macros_emit(struct xabi_tu *t)
{
	emit_literals(t);
	emit_texts(t);
}
