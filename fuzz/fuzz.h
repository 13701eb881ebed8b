/* SPDX-License-Identifier: MIT */
/*
 * Shared by the fuzz targets: each defines LLVMFuzzerTestOneInput() for one
 * parser of outside bytes. Built with -DXABI_FUZZ=ON they link libFuzzer;
 * otherwise replay.c gives them a main() that runs saved inputs, so every
 * build replays the seeds and past crashes under its own sanitizers.
 */
#ifndef XABI_FUZZ_H
#define XABI_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * The bytes as a file, for readers that take a path (libelf, libarchive):
 * an anonymous memory file, reachable as /proc/self/fd/N. Writes the path
 * into `path` and returns the descriptor to close, or -1.
 */
int fuzz_memfile(const uint8_t *data, size_t size, char path[64]);

#endif
