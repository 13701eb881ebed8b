/* SPDX-License-Identifier: MIT */
/* libxml2 set-up shared by the dump, schema and report code. */
#ifndef XABI_UTIL_XML_H
#define XABI_UTIL_XML_H

#include <libxml/xmlwriter.h>

/*
 * Initialize libxml2 once, in whichever thread comes first (the others
 * wait). libxml2 must be initialized before threads use it: its hash tables
 * seed themselves under a lock that is otherwise created racily. Every
 * entry point of libxabi that uses libxml2 calls this.
 */
void xabi_libxml_init(void);

/*
 * Write text from the inputs (names, paths, comments, messages) as an
 * attribute, an element or character data, made XML-safe first
 * (xabi_utf8_clean): a byte that is not UTF-8 or a control character in a
 * header's name must not make the document ill-formed. A NULL value writes
 * nothing. Return libxml2's result (negative on failure).
 */
int xabi_xml_write_attr(xmlTextWriterPtr w, const char *name, const char *value);
int xabi_xml_write_element(xmlTextWriterPtr w, const char *name, const char *text);
int xabi_xml_write_text(xmlTextWriterPtr w, const char *text);

#endif
