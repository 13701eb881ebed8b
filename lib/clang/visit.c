/* SPDX-License-Identifier: MIT */
/*
 * Reading facts from a parsed translation unit: records and their fields
 * (anonymous members flattened with their offsets), enums and enumerators,
 * typedefs, functions, variables; macros are macros.c's. Types are
 * spelled canonically; anonymous types as "struct (anonymous)"
 * so that no path or column leaks into a fact.
 */
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
const char *xabi_tu_take(struct xabi_tu *t, CXString s)
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

const char *xabi_tu_type_name(struct xabi_tu *t, CXType type)
{
	return xabi_tu_take(t, clang_getTypeSpelling(clang_getCanonicalType(type)));
}

const char *xabi_tu_number(struct xabi_tu *t, long long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", v);
	return xabi_arena_strdup(&t->out->arena, buf);
}

const char *xabi_tu_unumber(struct xabi_tu *t, unsigned long long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%llu", v);
	return xabi_arena_strdup(&t->out->arena, buf);
}

struct xabi_fact *xabi_tu_emit(struct xabi_tu *t, enum xabi_kind kind,
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

void xabi_tu_attr(struct xabi_fact *f, const char *key, const char *value)
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
		return xabi_tu_take(t, clang_getCursorSpelling(c));
	return xabi_tu_take(t, clang_getTypeSpelling(clang_getCursorType(c)));
}

/* A field's name; "" for an anonymous struct or union member, which LLVM
 * 16 and later spell as its type. */
static const char *field_name(struct xabi_tu *t, CXCursor field, CXType type)
{
	if (clang_Cursor_isAnonymousRecordDecl(
		    clang_getTypeDeclaration(clang_getCanonicalType(type))))
		return "";
	return xabi_tu_take(t, clang_getCursorSpelling(field));
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
		f = xabi_tu_emit(t, XABI_KIND_FIELD, w->record, name, file, line);
		xabi_tu_attr(f, "type", xabi_tu_type_name(t, type));
		xabi_tu_attr(f, "offset", xabi_tu_number(t, offset));
		if (clang_Cursor_isBitField(c)) {
			size = clang_getFieldDeclBitWidth(c);
			xabi_tu_attr(f, "size", xabi_tu_number(t, size));
			xabi_tu_attr(f, "bits", xabi_tu_number(t, size));
		} else {
			size = clang_Type_getSizeOf(type);
			xabi_tu_attr(f, "size", xabi_tu_number(t, size > 0 ? size * 8 : 0));
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
	f = xabi_tu_emit(t, XABI_KIND_RECORD, NULL, name, file, line);
	xabi_tu_attr(f, "kind", clang_getCursorKind(c) == CXCursor_UnionDecl ? "union" : "struct");
	xabi_tu_attr(f, "size", xabi_tu_number(t, size));
	xabi_tu_attr(f, "align", xabi_tu_number(t, clang_Type_getAlignOf(type)));
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

bool xabi_type_is_integer(CXType type)
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
	f = xabi_tu_emit(w->t, XABI_KIND_ENUMERATOR, w->name,
		 xabi_tu_take(w->t, clang_getCursorSpelling(c)), file, line);
	xabi_tu_attr(f, "value", w->is_unsigned ?
	     xabi_tu_unumber(w->t, clang_getEnumConstantDeclUnsignedValue(c)) :
	     xabi_tu_number(w->t, clang_getEnumConstantDeclValue(c)));
	return CXChildVisit_Continue;
}

static void visit_enum(struct xabi_tu *t, CXCursor c, size_t file, unsigned line)
{
	CXType itype = clang_getEnumDeclIntegerType(c);
	CXType type = clang_getCursorType(c);
	struct enum_walk w = { t, tag_name(t, c), is_unsigned(itype) };

	if (w.name) {
		struct xabi_fact *f = xabi_tu_emit(t, XABI_KIND_ENUM, NULL, w.name, file, line);

		xabi_tu_attr(f, "type", xabi_tu_type_name(t, itype));
		xabi_tu_attr(f, "size", xabi_tu_number(t, clang_Type_getSizeOf(type)));
		xabi_tu_attr(f, "align", xabi_tu_number(t, clang_Type_getAlignOf(type)));
	}
	clang_visitChildren(c, visit_enumerator, &w);
}

static void visit_typedef(struct xabi_tu *t, CXCursor c, size_t file, unsigned line)
{
	CXType under = clang_getTypedefDeclUnderlyingType(c);
	struct xabi_fact *f = xabi_tu_emit(t, XABI_KIND_TYPEDEF, NULL,
				   xabi_tu_take(t, clang_getCursorSpelling(c)), file, line);
	const char *type;

	if (is_anonymous_decl(under)) {
		/* The typedef is the type's only name: its record or enum fact
		 * carries that name. Say just what kind of type it is. */
		enum CXCursorKind k = clang_getCursorKind(
			clang_getTypeDeclaration(clang_getCanonicalType(under)));

		type = k == CXCursor_UnionDecl ? "union (anonymous)" :
		       k == CXCursor_EnumDecl ? "enum (anonymous)" : "struct (anonymous)";
	} else {
		type = xabi_tu_type_name(t, under);
	}
	xabi_tu_attr(f, "type", type);
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
		xabi_macro_note(t, c);
		return CXChildVisit_Continue;
	}
	if (k == CXCursor_VarDecl) {
		CXString name = clang_getCursorSpelling(c);
		const char *s = clang_getCString(name);

		if (!strncmp(s, PROBE_PREFIX, strlen(PROBE_PREFIX)))
			xabi_macro_probe(t, c, s);
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
		xabi_tu_attr(xabi_tu_emit(t, k == CXCursor_FunctionDecl ? XABI_KIND_FUNCTION :
			  XABI_KIND_VARIABLE, NULL, xabi_tu_take(t, clang_getCursorSpelling(c)),
			  file, line),
		     "type", xabi_tu_type_name(t, clang_getCursorType(c)));
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
	xabi_macros_emit(t);
	free(t->literals.items);
	free(t->texts.items);
	xabi_map_free(t->macro_defs);
	t->macro_defs = NULL;
}
