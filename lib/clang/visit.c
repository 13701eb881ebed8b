/* SPDX-License-Identifier: MIT */
/*
 * Reading facts from a parsed translation unit: records and their fields
 * (anonymous members flattened with their offsets), enums and enumerators,
 * typedefs, functions, variables, and integer macros through their probes.
 * Types are spelled canonically; anonymous types as "struct (anonymous)"
 * so that no path or column leaks into a fact.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/map.h"
#include "frontend.h"

static bool is_ident_char(char c)
{
	return c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* Whether `s` starts an anonymous tag's group: "(anonymous at ...)",
 * "(unnamed struct at ...)", and the other ways LLVM versions spell it. */
static bool is_anonymous_group(const char *s)
{
	return !strncmp(s, "(anonymous", 10) || !strncmp(s, "(unnamed", 8);
}

/* The end of the qualifier at `s` ("outer::", "(unnamed union at x.h:5:5)::"),
 * or `s` when none starts there. */
static const char *skip_qualifier(const char *s)
{
	const char *e = s;

	if (is_anonymous_group(s))
		e = strchr(s, ')') ? strchr(s, ')') + 1 : s;
	else
		while (is_ident_char(*e))
			e++;
	return e != s && e[0] == ':' && e[1] == ':' ? e + 2 : s;
}

/*
 * "union outer::(unnamed union at x.h:5:5)::(anonymous at x.h:6:9)[2]" ->
 * "union (anonymous)[2]": no path or column may reach a fact, and LLVM
 * versions differ in how much of the enclosing records they spell, so
 * every qualifier goes and every anonymous tag reads "(anonymous)".
 */
static void normalize(struct xabi_buf *b, const char *s)
{
	while (*s) {
		const char *next = skip_qualifier(s);

		if (next != s) {
			s = next;
		} else if (is_anonymous_group(s)) {
			xabi_buf_puts(b, "(anonymous)");
			s = strchr(s, ')') ? strchr(s, ')') + 1 : s + strlen(s);
		} else {
			/* An identifier whole, so that none is split and
			 * taken for a qualifier from its middle. */
			do
				xabi_buf_putc(b, *s++);
			while (is_ident_char(s[-1]) && is_ident_char(*s));
		}
	}
}

/*
 * A copy of a CXString in the job's arena, disposing the original. Every
 * string libclang gives a fact passes here, so none carries a location,
 * whatever the version spells.
 */
static const char *take(struct xabi_tu *t, CXString s)
{
	const char *c = clang_getCString(s);
	const char *copy;

	if (!c || (!strchr(c, '(') && !strchr(c, ':'))) {
		copy = xabi_arena_strdup(&t->out->arena, c ? c : "");
	} else {
		struct xabi_buf b = XABI_BUF_INIT;

		normalize(&b, c);
		copy = xabi_arena_strdup(&t->out->arena, xabi_buf_cstr(&b));
		xabi_buf_release(&b);
	}
	clang_disposeString(s);
	return copy;
}

static const char *type_name(struct xabi_tu *t, CXType type)
{
	return take(t, clang_getTypeSpelling(clang_getCanonicalType(type)));
}

static const char *number(struct xabi_tu *t, long long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", v);
	return xabi_arena_strdup(&t->out->arena, buf);
}

static const char *unumber(struct xabi_tu *t, unsigned long long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%llu", v);
	return xabi_arena_strdup(&t->out->arena, buf);
}

static struct xabi_fact *emit(struct xabi_tu *t, enum xabi_kind kind,
			      const char *scope, const char *name, size_t file,
			      unsigned line)
{
	const struct xabi_scan_file *f = &t->fe->scan->files[file];
	struct xabi_fact fact = {
		.kind = kind, .scope = scope, .name = name, .file = f->path,
		.line = line, .comment = xabi_scan_comment_at(f, line),
	};

	XABI_VEC_PUSH(&t->out->facts, fact);
	return &t->out->facts.items[t->out->facts.n - 1];
}

static void attr(struct xabi_fact *f, const char *key, const char *value)
{
	f->attrs[f->n_attrs].key = key;
	f->attrs[f->n_attrs++].value = value;
}

/*
 * Names of tags. From LLVM 16 on, libclang spells an anonymous tag
 * "struct (unnamed at /abs/path.h:15:5)" and a tag named only by a typedef
 * as that typedef, where 14 and 15 spelled both as "". So nothing here
 * reads a tag's own spelling to learn whether it has a name: libclang's
 * predicate tells an anonymous tag, and the type's spelling tells a tag of
 * its own ("struct foo", with its keyword) from one a typedef names
 * ("foo_t"), the same way in every version.
 */
static bool is_tag(enum CXCursorKind k)
{
	return k == CXCursor_StructDecl || k == CXCursor_UnionDecl || k == CXCursor_EnumDecl;
}

static bool spelled_with_keyword(CXType type)
{
	CXString s = clang_getTypeSpelling(clang_getCanonicalType(type));
	const char *c = clang_getCString(s);
	bool keyword = c && (!strncmp(c, "struct ", 7) || !strncmp(c, "union ", 6) ||
			     !strncmp(c, "enum ", 5));

	clang_disposeString(s);
	return keyword;
}

/* Whether tag declaration `decl` has a tag of its own (`struct foo`). */
static bool has_own_tag(CXCursor decl)
{
	return !clang_Cursor_isAnonymous(decl) && spelled_with_keyword(clang_getCursorType(decl));
}

/* Whether the declaration of `type` is a struct, union or enum that has
 * no tag of its own (anonymous, or named only by a typedef). */
static bool is_anonymous_decl(CXType type)
{
	CXCursor decl = clang_getTypeDeclaration(clang_getCanonicalType(type));

	return is_tag(clang_getCursorKind(decl)) && !has_own_tag(decl);
}

/* The name a struct, union or enum goes by: its tag, or the typedef that
 * names it when it has none. NULL when it is anonymous. */
static const char *tag_name(struct xabi_tu *t, CXCursor c)
{
	if (clang_Cursor_isAnonymous(c))
		return NULL;
	if (spelled_with_keyword(clang_getCursorType(c)))
		return take(t, clang_getCursorSpelling(c));
	return take(t, clang_getTypeSpelling(clang_getCursorType(c)));
}

/* A field's name; "" for an anonymous struct or union member, which LLVM
 * 16 and later spell as its type. */
static const char *field_name(struct xabi_tu *t, CXCursor field, CXType type)
{
	if (clang_Cursor_isAnonymousRecordDecl(
		    clang_getTypeDeclaration(clang_getCanonicalType(type))))
		return "";
	return take(t, clang_getCursorSpelling(field));
}

struct field_walk {
	struct xabi_tu *t;
	const char *record;
	const char *prefix; /* "u." inside a named member of anonymous type */
	long long base;     /* bit offset of the enclosing anonymous member */
	size_t file;
};

static enum CXVisitorResult visit_field(CXCursor c, CXClientData data)
{
	struct field_walk *w = data, inner;
	struct xabi_tu *t = w->t;
	CXType type = clang_getCursorType(c);
	const char *name = field_name(t, c, type);
	long long offset = w->base + clang_Cursor_getOffsetOfField(c);
	long long size;
	unsigned line;
	size_t file = xabi_tu_locate(t, clang_getCursorLocation(c), &line);

	if (*name) {
		struct xabi_fact *f;

		if (*w->prefix)
			name = xabi_arena_printf(&t->out->arena, "%s%s", w->prefix, name);
		if (file >= t->fe->scan->n_files)
			file = w->file;
		f = emit(t, XABI_KIND_FIELD, w->record, name, file, line);
		attr(f, "type", type_name(t, type));
		attr(f, "offset", number(t, offset));
		if (clang_Cursor_isBitField(c)) {
			size = clang_getFieldDeclBitWidth(c);
			attr(f, "size", number(t, size));
			attr(f, "bits", number(t, size));
		} else {
			size = clang_Type_getSizeOf(type);
			attr(f, "size", number(t, size > 0 ? size * 8 : 0));
		}
	}
	if (is_anonymous_decl(type) && clang_getCanonicalType(type).kind == CXType_Record) {
		inner = *w;
		inner.base = offset;
		if (*name)
			inner.prefix = xabi_arena_printf(&t->out->arena, "%s.", name);
		clang_Type_visitFields(clang_getCanonicalType(type), visit_field, &inner);
	}
	return CXVisit_Continue;
}

static void visit_record(struct xabi_tu *t, CXCursor c, size_t file, unsigned line);

/* Named struct and union definitions nested in a record are file-scope
 * types in C: they are records of their own. */
static enum CXChildVisitResult visit_nested(CXCursor c, CXCursor parent,
					    CXClientData data)
{
	struct xabi_tu *t = data;
	enum CXCursorKind k = clang_getCursorKind(c);
	unsigned line;
	size_t file;

	(void)parent;
	if ((k == CXCursor_StructDecl || k == CXCursor_UnionDecl) &&
	    clang_isCursorDefinition(c)) {
		file = xabi_tu_locate(t, clang_getCursorLocation(c), &line);
		if (file < t->fe->scan->n_files)
			visit_record(t, c, file, line);
	}
	return CXChildVisit_Continue;
}

static void visit_record(struct xabi_tu *t, CXCursor c, size_t file, unsigned line)
{
	CXType type = clang_getCursorType(c);
	long long size = clang_Type_getSizeOf(type);
	const char *name = tag_name(t, c);
	struct field_walk w = { t, name, "", 0, file };
	struct xabi_fact *f;

	clang_visitChildren(c, visit_nested, t);
	if (!name || size < 0)
		return; /* anonymous (flattened into its parent) or incomplete */
	f = emit(t, XABI_KIND_RECORD, NULL, name, file, line);
	attr(f, "kind", clang_getCursorKind(c) == CXCursor_UnionDecl ? "union" : "struct");
	attr(f, "size", number(t, size));
	attr(f, "align", number(t, clang_Type_getAlignOf(type)));
	clang_Type_visitFields(type, visit_field, &w);
}

static bool is_unsigned(CXType type)
{
	switch (clang_getCanonicalType(type).kind) {
	case CXType_Bool: case CXType_Char_U: case CXType_UChar:
	case CXType_Char16: case CXType_Char32: case CXType_UShort:
	case CXType_UInt: case CXType_ULong: case CXType_ULongLong:
	case CXType_UInt128:
		return true;
	default:
		return false;
	}
}

static bool is_integer(CXType type)
{
	enum CXTypeKind k = clang_getCanonicalType(type).kind;

	return (k >= CXType_Bool && k <= CXType_Int128) || k == CXType_Enum;
}

struct enum_walk {
	struct xabi_tu *t;
	const char *name;
	bool is_unsigned;
};

static enum CXChildVisitResult visit_enumerator(CXCursor c, CXCursor parent,
						CXClientData data)
{
	struct enum_walk *w = data;
	struct xabi_fact *f;
	unsigned line;
	size_t file;

	(void)parent;
	if (clang_getCursorKind(c) != CXCursor_EnumConstantDecl)
		return CXChildVisit_Continue;
	file = xabi_tu_locate(w->t, clang_getCursorLocation(c), &line);
	if (file >= w->t->fe->scan->n_files)
		return CXChildVisit_Continue;
	f = emit(w->t, XABI_KIND_ENUMERATOR, w->name,
		 take(w->t, clang_getCursorSpelling(c)), file, line);
	attr(f, "value", w->is_unsigned ?
	     unumber(w->t, clang_getEnumConstantDeclUnsignedValue(c)) :
	     number(w->t, clang_getEnumConstantDeclValue(c)));
	return CXChildVisit_Continue;
}

static void visit_enum(struct xabi_tu *t, CXCursor c, size_t file, unsigned line)
{
	CXType itype = clang_getEnumDeclIntegerType(c);
	CXType type = clang_getCursorType(c);
	struct enum_walk w = { t, tag_name(t, c), is_unsigned(itype) };

	if (w.name) {
		struct xabi_fact *f = emit(t, XABI_KIND_ENUM, NULL, w.name, file, line);

		attr(f, "type", type_name(t, itype));
		attr(f, "size", number(t, clang_Type_getSizeOf(type)));
		attr(f, "align", number(t, clang_Type_getAlignOf(type)));
	}
	clang_visitChildren(c, visit_enumerator, &w);
}

static void visit_typedef(struct xabi_tu *t, CXCursor c, size_t file, unsigned line)
{
	CXType under = clang_getTypedefDeclUnderlyingType(c);
	struct xabi_fact *f = emit(t, XABI_KIND_TYPEDEF, NULL,
				   take(t, clang_getCursorSpelling(c)), file, line);
	const char *type;

	if (is_anonymous_decl(under)) {
		/* The typedef is the type's only name: its record or enum fact
		 * carries that name. Say just what kind of type it is. */
		enum CXCursorKind k = clang_getCursorKind(
			clang_getTypeDeclaration(clang_getCanonicalType(under)));

		type = k == CXCursor_UnionDecl ? "union (anonymous)" :
		       k == CXCursor_EnumDecl ? "enum (anonymous)" : "struct (anonymous)";
	} else {
		type = type_name(t, under);
	}
	attr(f, "type", type);
}

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
static void note_macro(struct xabi_tu *t, CXCursor c)
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
	struct xabi_fact *f = emit(t, XABI_KIND_MACRO, NULL,
				   xabi_arena_strdup(&t->out->arena, name), file, line);

	attr(f, "value", value);
	attr(f, "type", type);
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
				   strstr(type, "unsigned") ? unumber(t, bits) :
				   number(t, (long long)bits), type);
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

static void visit_probe(struct xabi_tu *t, CXCursor c, const char *var)
{
	const char *macro = var + strlen(PROBE_PREFIX);
	uintptr_t site = (uintptr_t)xabi_map_get(t->macro_defs, macro);
	CXType type = clang_getCursorType(c);
	CXEvalResult r;
	size_t file;
	const char *tname;

	if (!site || clang_isInvalidDeclaration(c) || !is_integer(type) ||
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
		tname = type_name(t, type);
		if (!strncmp(tname, "const ", 6))
			tname += 6;
		emit_macro(t, macro, file, (unsigned)(site & 0xffffffffu),
			   clang_EvalResult_isUnsignedInt(r) ?
			   unumber(t, clang_EvalResult_getAsUnsigned(r)) :
			   number(t, clang_EvalResult_getAsLongLong(r)), tname);
	}
	clang_EvalResult_dispose(r);
}

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent,
					 CXClientData data)
{
	struct xabi_tu *t = data;
	enum CXCursorKind k = clang_getCursorKind(c);
	unsigned line;
	size_t file;

	(void)parent;
	if (k == CXCursor_MacroExpansion || k == CXCursor_InclusionDirective)
		return CXChildVisit_Continue;
	if (k == CXCursor_MacroDefinition) {
		note_macro(t, c);
		return CXChildVisit_Continue;
	}
	if (k == CXCursor_VarDecl) {
		CXString name = clang_getCursorSpelling(c);
		const char *s = clang_getCString(name);

		if (!strncmp(s, PROBE_PREFIX, strlen(PROBE_PREFIX)))
			visit_probe(t, c, s);
		else if (!strcmp(s, LONG_PROBE))
			t->long_bits = (unsigned)clang_Type_getSizeOf(clang_getCursorType(c)) * 8;
		clang_disposeString(name);
	}
	file = xabi_tu_locate(t, clang_getCursorLocation(c), &line);
	if (file >= t->fe->scan->n_files || t->out->state[file] != XABI_FILE_PARSED ||
	    (t->only && !t->only[file]))
		return CXChildVisit_Continue;
	switch (k) {
	case CXCursor_StructDecl:
	case CXCursor_UnionDecl:
		if (clang_isCursorDefinition(c))
			visit_record(t, c, file, line);
		break;
	case CXCursor_EnumDecl:
		if (clang_isCursorDefinition(c))
			visit_enum(t, c, file, line);
		break;
	case CXCursor_TypedefDecl:
		visit_typedef(t, c, file, line);
		break;
	case CXCursor_FunctionDecl:
	case CXCursor_VarDecl:
		attr(emit(t, k == CXCursor_FunctionDecl ? XABI_KIND_FUNCTION :
			  XABI_KIND_VARIABLE, NULL, take(t, clang_getCursorSpelling(c)),
			  file, line),
		     "type", type_name(t, clang_getCursorType(c)));
		break;
	default:
		break;
	}
	return CXChildVisit_Continue;
}

void xabi_visit_facts(struct xabi_tu *t)
{
	t->macro_defs = xabi_map_new(1024);
	clang_visitChildren(clang_getTranslationUnitCursor(t->tu), visit_top, t);
	emit_literals(t);
	emit_texts(t);
	free(t->literals.items);
	free(t->texts.items);
	xabi_map_free(t->macro_defs);
	t->macro_defs = NULL;
}
