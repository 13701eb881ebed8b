/* SPDX-License-Identifier: MIT */
/*
 * libclang, loaded with dlopen rather than linked: loading it runs LLVM's
 * static constructors and half a million relocations, 13 ms that every
 * run paid before main(), even runs that parse nothing. Now a run that will
 * parse starts loading it in the background (xabi_frontend_preload) while
 * it reads and scans the trees, and others never load it.
 *
 * Code of lib/clang includes this instead of <clang-c/Index.h> and calls
 * clang_* as usual: each name below is a macro for a pointer filled in by
 * xabi_frontend_load(), which must have succeeded first.
 */
#ifndef XABI_CLANG_API_H
#define XABI_CLANG_API_H

#include <clang-c/Index.h>

#include "xabi/error.h"

#define XABI_CLANG_FUNCTIONS(X) \
	X(clang_Cursor_Evaluate) X(clang_Cursor_getOffsetOfField) \
	X(clang_Cursor_isAnonymous) X(clang_Cursor_isAnonymousRecordDecl) \
	X(clang_Cursor_isBitField) X(clang_Cursor_isMacroFunctionLike) \
	X(clang_EvalResult_dispose) X(clang_disposeTokens) X(clang_getCursorExtent) \
	X(clang_getTokenKind) X(clang_getTokenSpelling) X(clang_tokenize) \
	X(clang_EvalResult_getAsLongLong) X(clang_EvalResult_getAsUnsigned) \
	X(clang_EvalResult_getKind) X(clang_EvalResult_isUnsignedInt) \
	X(clang_File_isEqual) X(clang_File_tryGetRealPathName) \
	X(clang_Type_getAlignOf) X(clang_Type_getSizeOf) X(clang_Type_visitFields) \
	X(clang_createIndex) X(clang_disposeDiagnostic) X(clang_disposeIndex) \
	X(clang_disposeString) X(clang_disposeTranslationUnit) \
	X(clang_getCString) X(clang_getCanonicalType) X(clang_getClangVersion) \
	X(clang_getCursorKind) X(clang_getCursorLocation) X(clang_getCursorSpelling) \
	X(clang_getCursorType) X(clang_getDiagnostic) X(clang_getDiagnosticLocation) \
	X(clang_getDiagnosticSeverity) X(clang_getDiagnosticSpelling) \
	X(clang_getEnumConstantDeclUnsignedValue) X(clang_getEnumConstantDeclValue) \
	X(clang_getEnumDeclIntegerType) X(clang_getExpansionLocation) \
	X(clang_getFieldDeclBitWidth) X(clang_getFile) X(clang_getFileName) \
	X(clang_getInclusions) X(clang_getLocation) X(clang_getNumDiagnostics) \
	X(clang_getTranslationUnitCursor) X(clang_getTypeDeclaration) \
	X(clang_getTypeSpelling) X(clang_getTypedefDeclUnderlyingType) \
	X(clang_isCursorDefinition) X(clang_isInvalidDeclaration) \
	X(clang_parseTranslationUnit2) X(clang_visitChildren)

#define XABI_CLANG_DECLARE(f) extern __typeof__(f) *xabi_dl_##f;
XABI_CLANG_FUNCTIONS(XABI_CLANG_DECLARE)
#undef XABI_CLANG_DECLARE

/*
 * Redirect every call through its pointer. The two lists cannot drift: a
 * name missing here calls the real symbol, which no longer links; one
 * missing above has no pointer, which does not compile.
 */
#ifndef XABI_CLANG_API_DEFINE
#define clang_Cursor_Evaluate xabi_dl_clang_Cursor_Evaluate
#define clang_Cursor_getOffsetOfField xabi_dl_clang_Cursor_getOffsetOfField
#define clang_Cursor_isAnonymous xabi_dl_clang_Cursor_isAnonymous
#define clang_Cursor_isAnonymousRecordDecl xabi_dl_clang_Cursor_isAnonymousRecordDecl
#define clang_Cursor_isBitField xabi_dl_clang_Cursor_isBitField
#define clang_Cursor_isMacroFunctionLike xabi_dl_clang_Cursor_isMacroFunctionLike
#define clang_disposeTokens xabi_dl_clang_disposeTokens
#define clang_getCursorExtent xabi_dl_clang_getCursorExtent
#define clang_getTokenKind xabi_dl_clang_getTokenKind
#define clang_getTokenSpelling xabi_dl_clang_getTokenSpelling
#define clang_tokenize xabi_dl_clang_tokenize
#define clang_EvalResult_dispose xabi_dl_clang_EvalResult_dispose
#define clang_EvalResult_getAsLongLong xabi_dl_clang_EvalResult_getAsLongLong
#define clang_EvalResult_getAsUnsigned xabi_dl_clang_EvalResult_getAsUnsigned
#define clang_EvalResult_getKind xabi_dl_clang_EvalResult_getKind
#define clang_EvalResult_isUnsignedInt xabi_dl_clang_EvalResult_isUnsignedInt
#define clang_File_isEqual xabi_dl_clang_File_isEqual
#define clang_File_tryGetRealPathName xabi_dl_clang_File_tryGetRealPathName
#define clang_Type_getAlignOf xabi_dl_clang_Type_getAlignOf
#define clang_Type_getSizeOf xabi_dl_clang_Type_getSizeOf
#define clang_Type_visitFields xabi_dl_clang_Type_visitFields
#define clang_createIndex xabi_dl_clang_createIndex
#define clang_disposeDiagnostic xabi_dl_clang_disposeDiagnostic
#define clang_disposeIndex xabi_dl_clang_disposeIndex
#define clang_disposeString xabi_dl_clang_disposeString
#define clang_disposeTranslationUnit xabi_dl_clang_disposeTranslationUnit
#define clang_getCString xabi_dl_clang_getCString
#define clang_getCanonicalType xabi_dl_clang_getCanonicalType
#define clang_getClangVersion xabi_dl_clang_getClangVersion
#define clang_getCursorKind xabi_dl_clang_getCursorKind
#define clang_getCursorLocation xabi_dl_clang_getCursorLocation
#define clang_getCursorSpelling xabi_dl_clang_getCursorSpelling
#define clang_getCursorType xabi_dl_clang_getCursorType
#define clang_getDiagnostic xabi_dl_clang_getDiagnostic
#define clang_getDiagnosticLocation xabi_dl_clang_getDiagnosticLocation
#define clang_getDiagnosticSeverity xabi_dl_clang_getDiagnosticSeverity
#define clang_getDiagnosticSpelling xabi_dl_clang_getDiagnosticSpelling
#define clang_getEnumConstantDeclUnsignedValue xabi_dl_clang_getEnumConstantDeclUnsignedValue
#define clang_getEnumConstantDeclValue xabi_dl_clang_getEnumConstantDeclValue
#define clang_getEnumDeclIntegerType xabi_dl_clang_getEnumDeclIntegerType
#define clang_getExpansionLocation xabi_dl_clang_getExpansionLocation
#define clang_getFieldDeclBitWidth xabi_dl_clang_getFieldDeclBitWidth
#define clang_getFile xabi_dl_clang_getFile
#define clang_getFileName xabi_dl_clang_getFileName
#define clang_getInclusions xabi_dl_clang_getInclusions
#define clang_getLocation xabi_dl_clang_getLocation
#define clang_getNumDiagnostics xabi_dl_clang_getNumDiagnostics
#define clang_getTranslationUnitCursor xabi_dl_clang_getTranslationUnitCursor
#define clang_getTypeDeclaration xabi_dl_clang_getTypeDeclaration
#define clang_getTypeSpelling xabi_dl_clang_getTypeSpelling
#define clang_getTypedefDeclUnderlyingType xabi_dl_clang_getTypedefDeclUnderlyingType
#define clang_isCursorDefinition xabi_dl_clang_isCursorDefinition
#define clang_isInvalidDeclaration xabi_dl_clang_isInvalidDeclaration
#define clang_parseTranslationUnit2 xabi_dl_clang_parseTranslationUnit2
#define clang_visitChildren xabi_dl_clang_visitChildren
#endif

/* Load libclang (once; later calls wait for the first). 0, or XABI_EGENERIC
 * with the library's path and dlerror()'s reason. */
int xabi_frontend_load(struct xabi_ctx *ctx);

#endif
