/* SPDX-License-Identifier: MIT */
/* Inside lib/model: the corpus's private state, shared by corpus.c,
 * configs.c, files.c and merge.c. */
#ifndef XABI_MODEL_CORPUS_H
#define XABI_MODEL_CORPUS_H

#include <stdbool.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/map.h"
#include "xabi/model.h"

struct xabi_corpus_private {
	struct xabi_arena arena;
	struct xabi_map *strings;      /* string -> its interned copy */
	struct xabi_map *fact_index;   /* content key -> struct xabi_fact */
	struct xabi_map *header_index; /* path -> index + 1 into headers */
	struct xabi_map *note_index;   /* note key -> index + 1 into notes */
	size_t cap_facts, cap_headers, cap_notes;
	bool unordered; /* facts came out of content order: fact_index is on */
	struct xabi_buf key;
};

/* The key of a note in note_index (path, state, message), in the
 * corpus's scratch buffer: valid until the next key is made. */
const char *xabi_corpus_note_key(struct xabi_corpus *c, const char *path,
				 enum xabi_header_state state, const char *message);

#endif
