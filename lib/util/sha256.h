/* SPDX-License-Identifier: MIT */
/* SHA-256 (FIPS 180-4), to tell whether a header's bytes changed: a hash an
 * input cannot choose its way around, where a checksum could be forged to
 * make a changed header look unchanged. */
#ifndef XABI_UTIL_SHA256_H
#define XABI_UTIL_SHA256_H

#include <stddef.h>

#define XABI_SHA256_HEX 65 /* 64 hex digits and a NUL */

void xabi_sha256_hex(const void *data, size_t len, char out[XABI_SHA256_HEX]);

#endif
