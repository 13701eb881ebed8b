/* SPDX-License-Identifier: MIT */
/* Internal: bitsets placed in caller-provided memory (a corpus arena). */
#ifndef XABI_MODEL_BITSET_H
#define XABI_MODEL_BITSET_H

#include "xabi/model.h"

/* Bytes needed for a bitset of nbits. */
size_t xabi_bitset_size(size_t nbits);
/* Make an empty bitset of nbits in `mem` (xabi_bitset_size bytes). */
struct xabi_bitset *xabi_bitset_init(void *mem, size_t nbits);

#endif
