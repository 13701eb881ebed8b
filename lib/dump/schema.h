/* SPDX-License-Identifier: MIT */
/* Internal: XML parsing and schema validation shared by readers and tests. */
#ifndef XABI_DUMP_SCHEMA_H
#define XABI_DUMP_SCHEMA_H

#include <stddef.h>

#include <libxml/tree.h>

#include "xabi/error.h"

/* Parse XML without network access; errors carry "name:line". */
int xabi_xml_parse(xmlDocPtr *out, const char *data, size_t len,
		   const char *name, struct xabi_ctx *ctx);
/* Validate doc against a built-in schema of rules/. */
int xabi_schema_validate_doc(xmlDocPtr doc, const char *schema,
			     const char *name, struct xabi_ctx *ctx);

#endif
