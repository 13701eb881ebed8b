/* SPDX-License-Identifier: MIT */
/* libxml2 set-up shared by the dump, schema and report code. */
#ifndef XABI_UTIL_XML_H
#define XABI_UTIL_XML_H

/*
 * Initialize libxml2 once, in whichever thread comes first (the others
 * wait). libxml2 must be initialized before threads use it: its hash tables
 * seed themselves under a lock that is otherwise created racily. Every
 * entry point of libxabi that uses libxml2 calls this.
 */
void xabi_libxml_init(void);

#endif
